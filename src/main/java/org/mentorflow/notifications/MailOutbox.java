package org.mentorflow.notifications;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentorflow.people.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where every feature hands in a mail. The mail is rendered and stored in the caller's transaction, so a
 * step that rolls back sends nothing, and is delivered only after that transaction commits.
 */
@Service
public class MailOutbox {

    private final OutboxMailRepository outbox;
    private final MailComposer composer;
    private final MailDelivery delivery;
    private final Clock clock;
    /** The right-hand side of every Message-ID: the sender's domain. */
    private final String messageIdDomain;

    MailOutbox(OutboxMailRepository outbox, MailComposer composer, MailDelivery delivery, Clock clock,
            MailSettings settings) {
        this.outbox = outbox;
        this.composer = composer;
        this.delivery = delivery;
        this.clock = clock;
        this.messageIdDomain = domainOf(settings.from());
    }

    /**
     * Queues a mail to a participant in their language.
     *
     * @param key a key unique to this mail; queueing the same key again adds nothing
     * @return false if a mail with this key was queued before
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean queue(String key, String template, Person recipient, Map<String, Object> model,
            Object... subjectArgs) {
        return queue(key, template, recipient, model, List.of(), subjectArgs);
    }

    /** Queues a mail with files attached; they are stored with it, so every retry sends the same. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean queue(String key, String template, Person recipient, Map<String, Object> model,
            List<MailAttachment> attachments, Object... subjectArgs) {
        if (outbox.existsByMailKey(key) || recipient.isDeleted()) {
            return false; // a deleted account has no address left to write to
        }
        String address = validAddress(recipient);
        RenderedMail rendered = composer.render(template, recipient.getLocale(), model, subjectArgs);
        Instant now = clock.instant();
        String messageId = "<" + UUID.randomUUID() + "@" + messageIdDomain + ">";
        OutboxMail mail = new OutboxMail(key, template, recipient.getId(), address, recipient.getLanguage(), rendered,
                messageId, now);
        attachments.forEach(mail::attach);
        mail = outbox.save(mail);
        queuedInThisTransaction().add(mail.getId());
        return true;
    }

    /** The ids queued in the current transaction, handed to delivery together once it commits. */
    private List<Long> queuedInThisTransaction() {
        QueuedMails queued = (QueuedMails) TransactionSynchronizationManager.getResource(this);
        if (queued == null) {
            queued = new QueuedMails();
            TransactionSynchronizationManager.bindResource(this, queued);
            TransactionSynchronizationManager.registerSynchronization(queued);
        }
        return queued.ids;
    }

    /** Bound to one transaction; set aside while a transaction it contains (REQUIRES_NEW) runs. */
    private final class QueuedMails implements TransactionSynchronization {
        final List<Long> ids = new ArrayList<>();

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(MailOutbox.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(MailOutbox.this, this);
        }

        @Override
        public void afterCommit() {
            delivery.deliverSoon(List.copyOf(ids));
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(MailOutbox.this);
        }
    }

    private static String domainOf(String from) {
        try {
            String address = new InternetAddress(from).getAddress();
            return address.substring(address.indexOf('@') + 1);
        } catch (AddressException | RuntimeException e) {
            return "mentorflow";
        }
    }

    /**
     * Deletes the mails whose key starts with this prefix, sent or not, for a deleted account: mails about it
     * name the person. A mail that is being sent this very moment is left to its sender.
     */
    @Transactional
    public int forgetMailsKeyedUnder(String keyPrefix) {
        return outbox.deleteKeyedUnder(keyPrefix);
    }

    /** Removes every mail to the person, sent or not: they carry name and address (an account removed for good). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int forget(String personId) {
        return outbox.deleteByRecipient(personId);
    }

    /**
     * Whether a mail to the person can be queued: an account not deleted, with a valid address. A step that mails
     * people by the way (a task's coordinators) asks first, since a refused queue fails the caller's transaction.
     */
    public static boolean canWriteTo(Person recipient) {
        if (recipient.isDeleted()) {
            return false;
        }
        try {
            validAddress(recipient);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static String validAddress(Person recipient) {
        try {
            InternetAddress address = new InternetAddress(recipient.getEmail(), true);
            address.validate();
            return address.getAddress();
        } catch (AddressException e) {
            throw new IllegalStateException("Participant " + recipient.getId() + " has no valid e-mail address ('"
                    + recipient.getEmail() + "'); fix the profile, then retry the step", e);
        }
    }
}
