package org.mentorflow.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The outbox's figures: a mail that waits counts in the backlog with its age, a mail given up on counts as failed,
 * a sent one in neither. Rows are written straight to the outbox, since a queued mail goes out at its commit here.
 */
class OutboxFiguresTest extends IntegrationTest {

    @Autowired
    MeterRegistry registry;
    @Autowired
    OutboxMailRepository outbox;
    @Autowired
    MailClaims claims;

    /** Each reading moves the engine clock past the figures' five seconds of reuse. */
    private Instant clock = Instant.parse("2100-01-01T00:00:00Z");

    @Test
    void waitingAndFailedMailsAreCounted() {
        double backlog = figure("mentorflow.mail.backlog");
        double failed = figure("mentorflow.mail.failed");
        double oldest = figure("mentorflow.mail.backlog.oldest");
        Person recipient = people.mentee();

        OutboxMail waiting = outbox.save(mail(recipient, clock.minus(Duration.ofHours(2))));
        assertThat(figure("mentorflow.mail.backlog")).isEqualTo(backlog + 1);
        // ours has waited two hours and twenty seconds two readings on, unless an older one waits longer still
        double ours = 2 * 3600 + 20;
        assertThat(figure("mentorflow.mail.backlog.oldest")).as("seconds")
                .isEqualTo(Math.max(ours, oldest == 0 ? 0 : oldest + 20));

        OutboxMail givenUp = mail(recipient, clock);
        givenUp.failed("550 mailbox unavailable", 1, clock);
        givenUp = outbox.save(givenUp);
        assertThat(figure("mentorflow.mail.failed")).isEqualTo(failed + 1);
        assertThat(figure("mentorflow.mail.backlog")).as("a failed mail waits no more").isEqualTo(backlog + 1);

        claims.markSent(java.util.List.of(waiting.getId()), clock);
        assertThat(figure("mentorflow.mail.backlog")).isEqualTo(backlog);

        outbox.deleteAllById(java.util.List.of(waiting.getId(), givenUp.getId()));
        assertThat(figure("mentorflow.mail.failed")).isEqualTo(failed);
    }

    private static OutboxMail mail(Person recipient, Instant createdAt) {
        return new OutboxMail("figures/" + UUID.randomUUID(), "test", recipient.getId(), recipient.getEmail(), "en",
                new RenderedMail("Subject", "<p>Hello</p>", "Hello"), "<" + UUID.randomUUID() + "@figures.test>", createdAt);
    }

    private double figure(String name) {
        clock = clock.plusSeconds(10);
        ClockUtil.setCurrentTime(Date.from(clock));
        return registry.get(name).gauge().value();
    }
}
