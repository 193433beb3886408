package org.mentorflow.certificates;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.notifications.MailAttachment;
import org.mentorflow.notifications.MailAttachmentSource;
import org.mentorflow.people.Person;
import org.springframework.stereotype.Component;

/** The recipient's certificate of this mentorship, attached to the completion mail. */
@Component("certificate")
class CertificateAttachment implements MailAttachmentSource {

    private final CertificateService certificates;

    CertificateAttachment(CertificateService certificates) {
        this.certificates = certificates;
    }

    @Override
    public List<MailAttachment> attachmentsFor(Person recipient, VariableScope step) {
        Long mentorshipId = MentorshipProcess.MENTORSHIP_ID.get(step);
        Certificate certificate = certificates.of(recipient.getId()).stream()
                .filter(c -> c.getMentorshipId().equals(mentorshipId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No certificate for " + recipient.getId()
                        + " in mentorship " + mentorshipId + " yet"));
        return List.of(new MailAttachment("certificate-" + certificate.getVerificationCode() + ".pdf",
                "application/pdf", certificate.getPdf()));
    }
}
