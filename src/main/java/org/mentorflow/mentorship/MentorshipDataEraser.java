package org.mentorflow.mentorship;

import org.mentorflow.notifications.MailOutbox;
import org.mentorflow.people.PersonalDataEraser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting an account, the mentorship part: what the person wrote into their mentorships goes (request text,
 * decline and cancellation texts, agreement goals and review comments, meeting places, topics and notes), and so
 * do the mails sent about these mentorships, which name the person (contact details, applications). States,
 * dates, the agreed frame and the meetings' times stay: they are the partner's record as well. Runs before the
 * person's open mentorships are cancelled, so the cancellation's own notice to the partner is queued after it
 * and survives.
 */
@Component
class MentorshipDataEraser implements PersonalDataEraser {

    private final MentorshipRepository mentorships;
    private final AgreementVersionRepository agreements;
    private final MeetingRepository meetings;
    private final MailOutbox outbox;

    MentorshipDataEraser(MentorshipRepository mentorships, AgreementVersionRepository agreements,
            MeetingRepository meetings, MailOutbox outbox) {
        this.mentorships = mentorships;
        this.agreements = agreements;
        this.meetings = meetings;
        this.outbox = outbox;
    }

    @Override
    @Transactional
    public void erase(String personId) {
        for (Mentorship mentorship : mentorships.findByMenteeIdOrMentorIdOrderByRequestedAtDesc(personId, personId)) {
            mentorship.erasePersonalTexts(personId);
            agreements.findByMentorshipIdOrderByVersionNo(mentorship.getId()).forEach(version -> version.erasePersonalTexts(personId));
            meetings.findByMentorshipIdOrderByStartsAt(mentorship.getId()).forEach(meeting -> meeting.erasePersonalTexts(personId));
            outbox.forgetMailsKeyedUnder(SendMailDelegate.keyPrefix(mentorship.getId()));
        }
    }
}
