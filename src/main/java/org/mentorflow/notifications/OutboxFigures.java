package org.mentorflow.notifications;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.mentorflow.system.RecentAnswer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The outbox as an operator watches it: mails waiting for delivery, the age of the oldest, and mails given up on.
 * A mail server that is down shows here first (the backlog grows, its oldest ages) while the steps go on.
 */
@Component
class OutboxFigures implements MeterBinder {

    /** What the outbox holds unsent: waiting (pending or being sent), failed for good, the oldest waiting one. */
    record Unsent(long waiting, long failed, Instant oldestWaiting) {
    }

    private final RecentAnswer<Unsent> unsent;
    private final Clock clock;

    OutboxFigures(OutboxMailRepository outbox, Clock clock,
            @Value("${mentorflow.operations.figures-fresh-for:PT5S}") Duration freshFor) {
        this.unsent = new RecentAnswer<>(() -> summed(outbox.countUnsent()), freshFor, clock);
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("mentorflow.mail.backlog", this, figures -> figures.unsent.get().waiting())
                .description("Mails queued and not yet delivered (waiting for their next attempt or being sent)")
                .register(registry);
        Gauge.builder("mentorflow.mail.backlog.oldest", this, OutboxFigures::oldestWaitingSeconds)
                .description("How long the oldest undelivered mail has waited; 0 when none waits")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("mentorflow.mail.failed", this, figures -> figures.unsent.get().failed())
                .description("Mails given up on after the last delivery attempt (listed at /mail)")
                .register(registry);
    }

    private double oldestWaitingSeconds() {
        Instant oldest = unsent.get().oldestWaiting();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    private static Unsent summed(List<OutboxMailRepository.UnsentMails> rows) {
        long waiting = 0;
        long failed = 0;
        Instant oldest = null;
        for (OutboxMailRepository.UnsentMails row : rows) {
            if (row.getStatus() == OutboxMail.Status.FAILED) {
                failed += row.getMails();
                continue;
            }
            waiting += row.getMails();
            if (oldest == null || row.getOldest().isBefore(oldest)) {
                oldest = row.getOldest();
            }
        }
        return new Unsent(waiting, failed, oldest);
    }
}
