package org.mentorflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The lock's arithmetic, with a clock the test moves: how many tries, how long, and when it ends. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), clock);

    @Test
    void locksAfterTheLimitForTheConfiguredTimeThenCountsAfresh() {
        throttle.failed("Lena");
        throttle.failed("lena");
        assertThat(throttle.lockedFor("lena")).isEmpty();

        throttle.failed("LENA ");

        assertThat(throttle.lockedFor("lena")).contains(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.lockedFor("lena")).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("lena")).isEmpty();

        throttle.failed("lena");
        assertThat(throttle.lockedFor("lena")).as("a new series starts at one").isEmpty();
    }

    @Test
    void aSuccessClearsTheCountAndAccountsAreCountedApart() {
        throttle.failed("lena");
        throttle.failed("lena");
        throttle.succeeded("lena");
        throttle.failed("lena");
        throttle.failed("lena");
        assertThat(throttle.lockedFor("lena")).isEmpty();

        throttle.failed("tom");
        throttle.failed("tom");
        throttle.failed("tom");
        assertThat(throttle.lockedFor("tom")).isPresent();
        assertThat(throttle.lockedFor("lena")).isEmpty();
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
