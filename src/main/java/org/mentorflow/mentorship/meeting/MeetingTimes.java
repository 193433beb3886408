package org.mentorflow.mentorship.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Reads a meeting time as forms send it: Camunda Forms' date-time field gives ISO text with or without an
 * offset; without one, the programme's time zone applies.
 */
final class MeetingTimes {

    private MeetingTimes() {
    }

    /** "Tuesday, 10 March 2026, 17:00 (60 min)" in the reader's language and the programme's zone. */
    static String describe(Meeting meeting, Locale locale, ZoneId programmeZone) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(locale).withZone(programmeZone);
        return format.format(meeting.getStartsAt()) + " (" + meeting.getDurationMinutes() + " min)";
    }

    /** The instant the text names, or null when there is none or it is no date and time. */
    static Instant parse(String value, ZoneId programmeZone) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(programmeZone).toInstant();
            } catch (DateTimeParseException e) {
                return null; // reported as "choose a date and time"
            }
        }
    }
}
