package org.mentorflow.notifications;

import org.mentorflow.people.PersonalDataEraser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting an account, the mail part: every mail to the person goes from the outbox (and from /mail), sent or
 * not. Mails to others about the person are deleted by the feature that sent them (see MailOutbox#forgetMailsKeyedUnder).
 */
@Component
class OutboxDataEraser implements PersonalDataEraser {

    private final OutboxMailRepository outbox;

    OutboxDataEraser(OutboxMailRepository outbox) {
        this.outbox = outbox;
    }

    @Override
    @Transactional
    public void erase(String personId) {
        outbox.deleteByRecipient(personId);
    }
}
