package org.mentorflow.mentorship;

import org.mentorflow.notifications.MailOutbox;
import org.mentorflow.people.PersonalDataEraser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting an account, the mentorship part: what the person wrote into their mentorships goes (request text,
 * decline and cancellation texts), and so do the mails sent about these mentorships, which name the person
 * (contact details, applications). States and dates stay: they are the partner's record as well. The agreement
 * and the meetings erase their own texts ({@code AgreementDataEraser}, {@code MeetingDataEraser}). All run before
 * the person's open mentorships are cancelled, so the cancellation's own notice to the partner is queued after
 * them and survives.
 */
@Component
class MentorshipDataEraser implements PersonalDataEraser {

    private final MentorshipRepository mentorships;
    private final MailOutbox outbox;

    MentorshipDataEraser(MentorshipRepository mentorships, MailOutbox outbox) {
        this.mentorships = mentorships;
        this.outbox = outbox;
    }

    @Override
    @Transactional
    public void erase(String personId) {
        for (Mentorship mentorship : mentorships.findByMenteeIdOrMentorIdOrderByRequestedAtDesc(personId, personId)) {
            mentorship.erasePersonalTexts(personId);
            outbox.forgetMailsKeyedUnder(SendMailDelegate.keyPrefix(mentorship.getId()));
        }
    }
}
