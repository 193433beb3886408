package org.mentorflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The lock's arithmetic, with a clock the test moves: how many tries, how long, and when it ends. The counts
 * are in the database (login_throttle), so each test uses names of its own.
 */
class LoginThrottleTest extends IntegrationTest {

    private final MovableClock clock = new MovableClock();
    private final String lena = "lena" + UUID.randomUUID().toString().substring(0, 8);
    private final String tom = "tom" + UUID.randomUUID().toString().substring(0, 8);
    private LoginThrottle throttle;

    @Autowired
    void throttle(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        throttle = new LoginThrottle(jdbc, transactions, 3, Duration.ofMinutes(15), clock);
    }

    @Test
    void locksAfterTheLimitForTheConfiguredTimeThenCountsAfresh() {
        throttle.failed(lena.toUpperCase());
        throttle.failed(lena);
        assertThat(throttle.lockedFor(lena)).isEmpty();

        throttle.failed(" " + lena.toUpperCase() + " ");

        assertThat(throttle.lockedFor(lena)).contains(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.lockedFor(lena)).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor(lena)).isEmpty();

        throttle.failed(lena);
        assertThat(throttle.lockedFor(lena)).as("a new series starts at one").isEmpty();
    }

    @Test
    void aSuccessClearsTheCountAndAccountsAreCountedApart() {
        throttle.failed(lena);
        throttle.failed(lena);
        throttle.succeeded(lena);
        throttle.failed(lena);
        throttle.failed(lena);
        assertThat(throttle.lockedFor(lena)).isEmpty();

        throttle.failed(tom);
        throttle.failed(tom);
        throttle.failed(tom);
        assertThat(throttle.lockedFor(tom)).isPresent();
        assertThat(throttle.lockedFor(lena)).isEmpty();
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-23T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
