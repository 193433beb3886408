package org.mentorflow.programme;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Coordinators think in days, the engine in ISO-8601 durations: a programme stores "P3D", its form shows "3".
 * A duration that is no whole number of days (a test installation's "PT10M") is shown as it is and kept as typed.
 */
final class Days {

    private Days() {
    }

    /** "P3D" as "3"; what is no whole number of days as its ISO text; null as "". */
    static String show(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        return days(iso).map(String::valueOf).orElse(iso);
    }

    /** The number of whole days of an ISO-8601 duration, if it is one. */
    static Optional<Long> days(String iso) {
        try {
            Period period = Period.parse(iso);
            if (period.getYears() == 0 && period.getMonths() == 0) {
                return Optional.of((long) period.getDays());
            }
            return Optional.empty();
        } catch (DateTimeParseException notAPeriod) {
            try {
                Duration duration = Duration.parse(iso);
                return duration.toSeconds() % 86_400 == 0 ? Optional.of(duration.toDays()) : Optional.empty();
            } catch (DateTimeParseException notADuration) {
                return Optional.empty();
            }
        }
    }

    static String iso(long days) {
        return "P" + days + "D";
    }

    /** Whether the text is an ISO-8601 duration at all (a kept expert value). */
    static boolean isDuration(String text) {
        try {
            Duration.parse(text);
            return true;
        } catch (DateTimeParseException notADuration) {
            try {
                Period.parse(text);
                return true;
            } catch (DateTimeParseException notAPeriod) {
                return false;
            }
        }
    }
}
