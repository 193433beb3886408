package org.mentorflow.system;

import java.time.Clock;
import java.util.Objects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link Clock} of the application: every feature takes it by injection and reads the time from it,
 * never from {@code Instant.now()} or the engine's ClockUtil. See {@link EngineClock} for its time and zone.
 */
@Configuration
class ClockConfiguration {

    @Bean
    Clock clock(ProgrammeSettings programme) {
        return new EngineClock(Objects.requireNonNull(programme.timeZone(), "mentorflow.programme.time-zone"));
    }
}
