package org.mentorflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The application's clock reads the engine's (ClockUtil) on every call, in the zone it was given. */
class EngineClockTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    private final Clock clock = new EngineClock(VIENNA);

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void followsTheEngineClockAsATestMovesIt() {
        Instant start = Instant.parse("2026-03-02T09:00:00Z");
        ClockUtil.setCurrentTime(Date.from(start));
        assertThat(clock.instant()).isEqualTo(start);
        assertThat(clock.millis()).isEqualTo(start.toEpochMilli());

        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofDays(14))));
        assertThat(clock.instant()).as("read again, not cached").isEqualTo(start.plus(Duration.ofDays(14)));
    }

    @Test
    void runsWithTheRealTimeOnceTheEngineClockIsReset() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-01-01T00:00:00Z")));
        ClockUtil.reset();

        Instant before = Instant.now();
        Instant read = clock.instant();
        assertThat(read).isBetween(before.minusMillis(1), Instant.now().plusMillis(1));
    }

    @Test
    void datesFromItAreTheProgrammesDates() {
        // 23:30 UTC is 00:30 of the next day in Vienna (UTC+1 in March)
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-09T23:30:00Z")));

        assertThat(clock.getZone()).isEqualTo(VIENNA);
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(LocalDate.now(clock.withZone(ZoneOffset.UTC))).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void anotherZoneIsTheSameTimeElsewhere() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-09T23:30:00Z")));
        Clock utc = clock.withZone(ZoneOffset.UTC);

        assertThat(utc.instant()).isEqualTo(clock.instant());
        assertThat(utc).isInstanceOf(EngineClock.class).isNotEqualTo(clock);
        assertThat(clock.withZone(VIENNA)).isSameAs(clock);
        assertThat(new EngineClock(VIENNA)).isEqualTo(clock).hasSameHashCodeAs(clock);
    }
}
