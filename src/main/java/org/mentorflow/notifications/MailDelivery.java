package org.mentorflow.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued mails over SMTP: right after the queueing transaction commits, and again from a poller for
 * mails whose first try failed or whose node went down. Safe on several nodes: a row is claimed before sending.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    /** A claim older than this belongs to a sender that died; the mail is tried again. */
    private static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(10);

    private final OutboxMailRepository outbox;
    private final JavaMailSender sender;
    private final MailSettings settings;
    private final TransactionTemplate transaction;
    private final TaskExecutor executor;
    private final Clock clock;

    MailDelivery(OutboxMailRepository outbox, JavaMailSender sender, MailSettings settings,
            PlatformTransactionManager transactionManager, MailDeliveryExecutor executor, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.settings = settings;
        // always a transaction of its own: delivery also runs in afterCommit, where the old one is still bound
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = executor;
        this.clock = clock;
    }

    void deliverSoon(Long id) {
        executor.execute(() -> deliver(id));
    }

    @Scheduled(fixedDelayString = "${mentorflow.mail.poll-interval:PT30S}",
            initialDelayString = "${mentorflow.mail.poll-initial-delay:PT10S}")
    void deliverDue() {
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> outbox.releaseStale(now));
        List<Long> due = outbox.findDue(now, PageRequest.of(0, 100));
        due.forEach(this::deliver);
    }

    /** Sends one mail if this node can claim it; the outcome is recorded on the row. */
    void deliver(Long id) {
        Instant now = clock.instant();
        Integer claimed = transaction.execute(status -> outbox.claim(id, now.plus(CLAIM_TIMEOUT)));
        if (claimed == null || claimed == 0) {
            return;
        }
        String error = null;
        try {
            // attachments load lazily: the message is put together inside a transaction, sent outside it
            MimeMessage message = transaction.execute(status -> toMime(outbox.findById(id).orElseThrow()));
            sender.send(message);
        } catch (MailException | MimeBuildingException e) {
            error = e.getMessage();
        }
        String failure = error;
        transaction.executeWithoutResult(status -> {
            OutboxMail row = outbox.findById(id).orElseThrow();
            Instant at = clock.instant();
            if (failure == null) {
                row.sent(at);
            } else {
                row.failed(failure, settings.deliveryAttempts(), at);
                log.warn("Mail {} to {} not delivered (attempt {}, now {}): {}", id, row.getRecipientAddress(),
                        row.getAttempts(), row.getStatus(), failure);
            }
        });
    }

    private MimeMessage toMime(OutboxMail mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(mail.getRecipientAddress());
            helper.setSubject(mail.getSubject());
            helper.setText(mail.getTextBody(), mail.getHtmlBody());
            for (OutboxAttachment attachment : mail.getAttachments()) {
                helper.addAttachment(attachment.getFilename(), new ByteArrayResource(attachment.getContent()),
                        attachment.getContentType());
            }
            message.setHeader("Content-Language", mail.getLanguage());
            message.setHeader("X-MentorFlow-Key", mail.getMailKey());
            return message;
        } catch (MessagingException e) {
            throw new MimeBuildingException(e);
        }
    }

    /** A mail that cannot be put together: recorded on the row like a failed delivery. */
    private static final class MimeBuildingException extends RuntimeException {
        MimeBuildingException(MessagingException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
