package org.mentorflow.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock ({@link ClockConfiguration}): the time is the process engine's, the zone the programme's.
 * <p>
 * <b>Time.</b> Camunda reads its own clock, {@link ClockUtil}, for timers, due dates and task times, and tests move
 * that clock to let a reminder fall due. Every time the application reads comes from here and so from the same
 * clock: a request made "now" in a test is as old as the engine thinks, and an outbox row, a certificate or an
 * agreement version written during a step carries the step's time. ClockUtil stays the engine's clock; this only
 * reads it, on every call (nothing is cached).
 * <p>
 * <b>Zone.</b> The programme's time zone ({@code mentorflow.programme.time-zone}), not UTC and not the server's: an
 * instant needs no zone, but every date the application takes from the clock ({@code LocalDate.now(clock)}) is then
 * the date the programme's people live by. A mentorship approved at 00:30 in Vienna starts on that day, not on the
 * UTC day before, and the server's zone (a container's is usually UTC) changes nothing.
 */
public final class EngineClock extends Clock {

    private final ZoneId zone;

    public EngineClock(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public long millis() {
        return ClockUtil.getCurrentTime().getTime();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(this.zone) ? this : new EngineClock(zone);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EngineClock clock && clock.zone.equals(zone);
    }

    @Override
    public int hashCode() {
        return zone.hashCode();
    }

    @Override
    public String toString() {
        return "EngineClock[" + zone + "]";
    }
}
