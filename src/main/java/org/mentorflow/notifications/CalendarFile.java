package org.mentorflow.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * An iCalendar file (RFC 5545) with one event, as a mail attachment: a meeting of a mentorship, a cohort's briefing.
 * Times are written in UTC, so every calendar shows them in its own zone.
 *
 * @param uid         unique and stable for the event, so a calendar updates it instead of adding it twice
 * @param location    the place, or null; an online event gives its link as {@code url} (and may repeat it here)
 * @param url         the event's link, or null
 * @param description free text, or null
 */
public record CalendarFile(String uid, Instant startsAt, Instant endsAt, String summary, String location, String url,
        String description) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** The file's text, stamped with {@code now}. */
    public String ics(Instant now) {
        List<String> lines = new ArrayList<>(List.of(
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//MentorFlow//Mentoring//EN",
                "METHOD:PUBLISH",
                "BEGIN:VEVENT",
                "UID:" + uid,
                "DTSTAMP:" + UTC.format(now),
                "DTSTART:" + UTC.format(startsAt),
                "DTEND:" + UTC.format(endsAt),
                "SUMMARY:" + text(summary)));
        if (location != null && !location.isBlank()) {
            lines.add("LOCATION:" + text(location));
        }
        if (url != null && !url.isBlank()) {
            lines.add("URL:" + url);
        }
        lines.add("DESCRIPTION:" + text(description == null ? "" : description));
        lines.addAll(List.of("END:VEVENT", "END:VCALENDAR", ""));
        return String.join("\r\n", lines);
    }

    /** The file as an attachment named {@code filename}. */
    public MailAttachment attachment(String filename, Instant now) {
        return new MailAttachment(filename, "text/calendar; charset=UTF-8; method=PUBLISH", ics(now).getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 5545 text: backslash, semicolon, comma and line breaks escaped. */
    public static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }
}
