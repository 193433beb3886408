package org.mentorflow.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Delivery retries back off and end in FAILED, which the mail page shows; no Spring needed. */
class OutboxMailRetryTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    @Test
    void failedDeliveryIsRetriedLaterThenGivenUp() {
        OutboxMail mail = new OutboxMail("k", "t", "p", "p@example.org", "en", new RenderedMail("s", "<p>h</p>", "t"), "<id@test>", NOW);

        mail.failed("connection refused", 3, NOW);
        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));

        mail.failed("connection refused", 3, NOW);
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(4)));

        mail.failed("connection refused", 3, NOW);
        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.FAILED);
        assertThat(mail.getAttempts()).isEqualTo(3);
        assertThat(mail.getLastError()).isEqualTo("connection refused");
    }
}
