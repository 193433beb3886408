package org.mentorflow.oversight;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** A moment as the reader reads dates (their locale), on the programme's clock (its time zone). */
final class ReaderTimes {

    private final DateTimeFormatter format;

    ReaderTimes(ZoneId zone, Locale locale) {
        this.format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
    }

    /** Empty for a moment that has not come (a step still open, a mentorship still running). */
    String show(Instant instant) {
        return instant == null ? "" : format.format(instant);
    }
}
