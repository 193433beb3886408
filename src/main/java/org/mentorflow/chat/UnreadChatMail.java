package org.mentorflow.chat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.notifications.MailOutbox;
import org.mentorflow.people.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds people of messages they leave unread: once a message has waited {@code mentorflow.chat.unread-mail-after},
 * its recipient gets one mail per thread saying how many messages from whom wait, with a link, never the text
 * (mails may travel unencrypted). No further mail follows until they have read the thread; after that the next
 * unread message may bring a new one.
 * <p>
 * The reminder claims the oldest unread message ({@code notified_at}) in the transaction that queues the mail, so
 * two nodes sweeping at once send it once, and a failed mail releases the claim for the next sweep.
 */
@Component
class UnreadChatMail {

    private static final Logger log = LoggerFactory.getLogger(UnreadChatMail.class);
    /** Threads handled per sweep; the rest wait for the next one. */
    private static final int BATCH = 200;

    private final ChatMessageRepository messages;
    private final Mentorships mentorships;
    private final MailOutbox outbox;
    private final ChatSettings settings;
    private final TransactionTemplate transaction;
    private final String baseUrl;
    private final Clock clock;

    UnreadChatMail(ChatMessageRepository messages, Mentorships mentorships, MailOutbox outbox,
            ChatSettings settings, PlatformTransactionManager transactionManager,
            @Value("${mentorflow.base-url}") String baseUrl, Clock clock) {
        this.messages = messages;
        this.mentorships = mentorships;
        this.outbox = outbox;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${mentorflow.chat.unread-sweep-interval:PT5M}",
            initialDelayString = "${mentorflow.chat.unread-sweep-initial-delay:PT1M}")
    void sweepNow() {
        sweep(clock.instant());
    }

    /**
     * Queues the reminders due at {@code now}, each thread in a transaction of its own.
     *
     * @return how many reminders this call queued
     */
    int sweep(Instant now) {
        List<UnreadThread> due = messages.findThreadsToRemind(now.minus(settings.unreadMailAfter()), PageRequest.of(0, BATCH));
        int queued = 0;
        for (UnreadThread thread : due) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(status -> remind(thread, now)))) {
                    queued++;
                }
            } catch (RuntimeException e) {
                // e.g. a recipient without a valid address: the claim is rolled back, the next sweep tries again
                log.warn("Unread-messages mail for mentorship {} to {} not queued: {}", thread.mentorshipId(),
                        thread.recipientId(), e.getMessage());
            }
        }
        return queued;
    }

    private boolean remind(UnreadThread thread, Instant now) {
        if (messages.claimReminder(thread.oldestUnreadId(), now) == 0) {
            return false; // another sweep took it, or the recipient has just read the thread
        }
        long unread = messages.countByMentorshipIdAndRecipientIdAndReadAtIsNull(thread.mentorshipId(), thread.recipientId());
        Mentorship mentorship = mentorships.get(thread.mentorshipId());
        Person recipient = mentorship.getMentee().getId().equals(thread.recipientId()) ? mentorship.getMentee() : mentorship.getMentor();
        Person author = mentorship.partnerOf(recipient);
        Map<String, Object> model = Map.of("recipient", recipient, "author", author, "unread", unread,
                "chatLink", baseUrl + "/chat/" + mentorship.getId());
        return outbox.queue("chat-unread/" + thread.oldestUnreadId(), "chat-unread", recipient, model,
                author.getFirstName(), unread);
    }
}
