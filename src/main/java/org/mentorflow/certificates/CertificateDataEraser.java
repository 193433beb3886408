package org.mentorflow.certificates;

import java.util.List;
import org.mentorflow.people.PersonalDataEraser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting an account, the certificate part: the person's own certificates go (their codes no longer verify).
 * The partner keeps theirs, for good as promised, but it names the deleted person no more: "a former member"
 * in the certificate's language, its PDF rendered again with the same code, dates and holder.
 */
@Component
class CertificateDataEraser implements PersonalDataEraser {

    private final CertificateRepository certificates;
    private final CertificatePdf pdf;
    private final MessageSource messages;

    CertificateDataEraser(CertificateRepository certificates, CertificatePdf pdf, MessageSource messages) {
        this.certificates = certificates;
        this.pdf = pdf;
        this.messages = messages;
    }

    @Override
    @Transactional
    public void erase(String personId) {
        List<Certificate> own = certificates.findByPersonIdOrderByIssuedAtDesc(personId);
        for (Certificate certificate : own) {
            for (Certificate partners : certificates.findByMentorshipIdAndPersonIdNot(certificate.getMentorshipId(), personId)) {
                partners.partnerDeleted(messages.getMessage("certificate.partner-deleted", null, partners.getLocale()));
                partners.attach(pdf.render(partners));
            }
        }
        certificates.deleteAll(own);
    }
}
