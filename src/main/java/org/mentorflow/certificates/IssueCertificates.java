package org.mentorflow.certificates;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.meeting.Meetings;
import org.mentorflow.programme.Programme;
import org.springframework.stereotype.Component;

/** Both confirmed the end: a certificate for each of them, counting the meetings both confirmed. */
@Component("issueCertificates")
class IssueCertificates implements JavaDelegate {

    private final CertificateService certificates;
    private final Mentorships mentorships;
    private final Meetings meetings;

    IssueCertificates(CertificateService certificates, Mentorships mentorships, Meetings meetings) {
        this.certificates = certificates;
        this.mentorships = mentorships;
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Mentorship mentorship = mentorships.get(MentorshipProcess.MENTORSHIP_ID.get(execution));
        if (mentorship.getState() != MentorshipState.COMPLETED) {
            throw new IllegalStateException("Mentorship " + mentorship.getId() + " is " + mentorship.getState()
                    + "; certificates are for completed mentorships only");
        }
        // the programme's own name and time zone: a cohort's certificate names the cohort
        Programme programme = mentorship.getProgramme();
        LocalDate end = LocalDate.ofInstant(mentorship.getEndedAt(), programme.zone());
        int held = (int) meetings.heldCount(mentorship.getId());
        certificates.issue(new CertificateRequest(mentorship.getId(), mentorship.getMentee(), mentorship.getMentor(),
                CertificateRequest.MENTEE, programme.getCertificateName(), mentorship.getStartedOn(), end, held,
                programme.getId()));
        certificates.issue(new CertificateRequest(mentorship.getId(), mentorship.getMentor(), mentorship.getMentee(),
                CertificateRequest.MENTOR, programme.getCertificateName(), mentorship.getStartedOn(), end, held,
                programme.getId()));
    }
}
