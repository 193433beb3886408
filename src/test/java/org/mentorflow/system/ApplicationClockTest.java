package org.mentorflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.system.ProgrammeSettings;
import org.mentorflow.security.LoginThrottle;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The application has one clock, and it is the engine's: a test that moves ClockUtil moves the time every feature
 * reads, and dates come out in the programme's time zone.
 */
class ApplicationClockTest extends IntegrationTest {

    @Autowired
    Clock clock;

    @Autowired
    ProgrammeSettings programme;

    @Autowired
    LoginThrottle throttle;

    @Test
    void theClockBeanFollowsTheEngineClockInTheProgrammesZone() {
        assertThat(clock).isInstanceOf(EngineClock.class);
        assertThat(clock.getZone()).isEqualTo(programme.timeZone()).isEqualTo(ZoneId.of("Europe/Vienna"));

        Instant lateInTheEvening = Instant.parse("2026-03-09T23:30:00Z");
        ClockUtil.setCurrentTime(Date.from(lateInTheEvening));

        assertThat(clock.instant()).isEqualTo(lateInTheEvening);
        assertThat(LocalDate.now(clock)).as("already the 10th in Vienna").isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void theLoginLockRunsOnTheEngineClockToo() {
        Instant start = Instant.parse("2026-05-01T10:00:00Z");
        ClockUtil.setCurrentTime(Date.from(start));
        String account = "clock-" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            throttle.failed(account);
        }
        assertThat(throttle.lockedFor(account)).contains(Duration.ofMinutes(15));

        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofMinutes(10))));
        assertThat(throttle.lockedFor(account)).contains(Duration.ofMinutes(5));
        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofMinutes(15))));
        assertThat(throttle.lockedFor(account)).isEmpty();
    }
}
