package org.mentorflow.notifications;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued mails over SMTP, in batches: a sender claims up to {@code batch-size} due mails in one transaction,
 * sends them over one SMTP connection and records the outcome in a second, so a batch costs two transactions and
 * one connection however large it is. Several senders ({@code senders}) run in the background and wake when a step
 * commits mails; a poller wakes them for retries. Safe on several nodes: a row is claimed before it is sent.
 * <p>
 * A claim holds for {@code claim-lease} and its sender renews it while it works, so the mails of a node that died
 * are free again within a lease. A mail whose delivery a crash cut (the server took it, the mark was lost) is sent
 * again with its stored Message-ID, which mail clients fold. A failed delivery is retried with back-off and never
 * reaches the step that queued the mail.
 */
@Component
class MailDelivery implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final MailClaims claims;
    private final OutboxMailRepository outbox;
    private final OutboxMessages messages;
    private final SmtpBatch smtp;
    private final MailSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    /** Claims are named after this run of the node, so no two senders anywhere share one. */
    private final String bootId = UUID.randomUUID().toString();
    private final AtomicLong claimCount = new AtomicLong();
    /** The claims whose mails are being sent right now: the ones to renew. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private volatile SenderThreads senders;
    private volatile boolean running;

    MailDelivery(MailClaims claims, OutboxMailRepository outbox, OutboxMessages messages, SmtpBatch smtp,
            MailSettings settings, PlatformTransactionManager transactionManager, Clock clock) {
        this.claims = claims;
        this.outbox = outbox;
        this.messages = messages;
        this.smtp = smtp;
        this.settings = settings;
        // always a transaction of its own: delivery also runs in afterCommit, where the old one is still bound
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** After a step committed these mails. Never throws: the step is done, whatever becomes of its mails. */
    void deliverSoon(Collection<Long> ids) {
        if (settings.deliverInBackground()) {
            wake();
            return;
        }
        try {
            deliverBatch(claim -> claims.claim(ids, claim, leaseEnd()));
        } catch (RuntimeException e) {
            log.warn("Mails {} not delivered now; the poller tries again: {}", ids, e.toString());
        }
    }

    @Scheduled(fixedDelayString = "${mentorflow.mail.poll-interval:PT10S}",
            initialDelayString = "${mentorflow.mail.poll-initial-delay:PT10S}")
    void deliverDue() {
        transaction.executeWithoutResult(status -> claims.releaseExpired(clock.instant()));
        if (settings.deliverInBackground()) {
            wake();
        } else {
            drain();
        }
    }

    /** Sends batches until nothing is due. */
    void drain() {
        while (deliverBatch(claim -> claims.claimDue(claim, clock.instant(), leaseEnd(), settings.batchSize())) > 0) {
            // the next batch
        }
    }

    /** Extends the leases of the mails being sent, so no other sender takes them while this node is alive. */
    void renewClaims() {
        Set<String> current = Set.copyOf(inFlight);
        if (!current.isEmpty()) {
            transaction.executeWithoutResult(status -> claims.renew(current, leaseEnd()));
        }
    }

    /**
     * Claims a batch with {@code claimer} (given this claim's name), sends it and records the outcome.
     *
     * @return how many mails the claim got
     */
    int deliverBatch(Function<String, List<Long>> claimer) {
        String claim = bootId + "/" + claimCount.incrementAndGet();
        inFlight.add(claim);
        try {
            Map<Long, MimeMessage> batch = new LinkedHashMap<>();
            Map<Long, String> failures = new LinkedHashMap<>();
            int claimed = transaction.execute(status -> {
                List<Long> ids = claimer.apply(claim);
                if (!ids.isEmpty()) {
                    for (OutboxMail mail : outbox.findWithAttachments(ids)) {
                        try {
                            batch.put(mail.getId(), messages.toMime(mail));
                        } catch (OutboxMessages.UnbuildableMailException e) {
                            failures.put(mail.getId(), e.getMessage());
                        }
                    }
                }
                return ids.size();
            });
            if (claimed == 0) {
                return 0;
            }
            failures.putAll(smtp.send(batch));
            record(batch.keySet(), failures);
            return claimed;
        } finally {
            inFlight.remove(claim);
        }
    }

    private void record(Collection<Long> attempted, Map<Long, String> failures) {
        List<Long> sent = attempted.stream().filter(id -> !failures.containsKey(id)).toList();
        transaction.executeWithoutResult(status -> {
            Instant at = clock.instant();
            claims.markSent(sent, at);
            for (OutboxMail row : outbox.findAllById(failures.keySet())) {
                row.failed(failures.get(row.getId()), settings.deliveryAttempts(), at);
                log.warn("Mail {} to {} not delivered (attempt {}, now {}): {}", row.getId(), row.getRecipientAddress(),
                        row.getAttempts(), row.getStatus(), row.getLastError());
            }
        });
    }

    private Instant leaseEnd() {
        return clock.instant().plus(settings.claimLease());
    }

    private void wake() {
        SenderThreads threads = senders;
        if (threads != null) {
            threads.wake();
        }
    }

    @Override
    public void start() {
        running = true;
        if (settings.deliverInBackground()) {
            senders = new SenderThreads(settings.senders(), () -> logged("drain", this::drain),
                    settings.claimLease().dividedBy(3), () -> logged("claim renewal", this::renewClaims));
        }
    }

    @Override
    public void stop() {
        running = false;
        SenderThreads threads = senders;
        senders = null;
        if (threads != null) {
            threads.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Started after the demo's SMTP catcher (EmbeddedSmtpServer) and stopped before it. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 200;
    }

    private static void logged(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("Mail {} failed; the poller tries again: {}", what, e.toString());
        }
    }
}
