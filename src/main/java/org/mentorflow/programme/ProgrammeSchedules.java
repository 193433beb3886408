package org.mentorflow.programme;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A programme's calendar as people read it: days in the reader's language and the programme's time zone, windows
 * by their first and last day (a window closing at 00:00 of the 17th ends with the 16th), and where each part
 * stands now.
 */
@Component
class ProgrammeSchedules {

    private final MessageSource messages;
    private final Clock clock;

    ProgrammeSchedules(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** One line of the schedule: what ({@code key} under programme.schedule.), when, where, and its state now. */
    public record Line(String key, String when, String place, String link, Window state) {
    }

    /** Where the programme's windows stand, each with the days to tell. */
    public record Standing(Window signUp, Window studentSignUp, Window requests, boolean ended,
            String signUpFrom, String signUpUntil, String requestsFrom, String requestsUntil, String requestsRange,
            String signUpRange) {
    }

    /** The programme's time zone in words, such as "Eastern European Time (Europe/Helsinki)". */
    String zone(Programme programme, Locale locale) {
        ZoneId zone = programme.zone();
        return zone.getDisplayName(TextStyle.FULL, locale) + " (" + zone.getId() + ")";
    }

    Instant now() {
        return clock.instant();
    }

    Standing standing(Programme programme, Locale locale) {
        Instant now = now();
        ZoneId zone = programme.zone();
        if (!programme.isCohort()) {
            return new Standing(programme.signUp(now), programme.studentSignUp(now), programme.requestWindow(now),
                    programme.getClosedAt() != null, null, null, null, null, null, null);
        }
        LocalDate signUpFirst = first(programme.getSignupOpensAt(), zone);
        LocalDate signUpLast = last(programme.getSignupClosesAt(), zone);
        LocalDate requestsFirst = first(programme.getRequestsOpenAt(), zone);
        LocalDate requestsLast = last(programme.getRequestsCloseAt(), zone);
        return new Standing(programme.signUp(now), programme.studentSignUp(now), programme.requestWindow(now),
                programme.getClosedAt() != null, day(signUpFirst, locale), day(signUpLast, locale),
                day(requestsFirst, locale), day(requestsLast, locale), range(requestsFirst, requestsLast, locale),
                range(signUpFirst, signUpLast, locale));
    }

    /** A cohort's calendar: the run first, then its parts in the order they come; a continuous programme has none. */
    List<Line> schedule(Programme programme, Locale locale) {
        List<Line> lines = new ArrayList<>();
        if (!programme.isCohort()) {
            return lines;
        }
        Instant now = now();
        ZoneId zone = programme.zone();
        if (programme.getRunsFrom() != null && programme.getRunsUntil() != null) {
            lines.add(new Line("run", range(programme.getRunsFrom(), programme.getRunsUntil(), locale), null, null,
                    Window.of(programme.getRunsFrom().atStartOfDay(zone).toInstant(),
                            programme.getRunsUntil().plusDays(1).atStartOfDay(zone).toInstant(), now)));
        }
        if (programme.getSignupOpensAt() != null) {
            lines.add(new Line("mentor-sign-up", range(first(programme.getSignupOpensAt(), zone),
                    last(programme.getSignupClosesAt(), zone), locale), null, null, programme.signUp(now)));
        }
        if (programme.getRequestsOpenAt() != null) {
            lines.add(new Line("requests", range(first(programme.getRequestsOpenAt(), zone),
                    last(programme.getRequestsCloseAt(), zone), locale), null, null, programme.requestWindow(now)));
        }
        for (Briefing briefing : programme.getBriefings()) {
            LocalDate day = first(briefing.getStartsAt(), zone);
            String when = messages.getMessage("programme.schedule.briefing-time", new Object[] {weekday(day, locale),
                    clockTime(briefing.getStartsAt(), zone), clockTime(briefing.getEndsAt(), zone)}, locale);
            lines.add(new Line("briefing." + briefing.getAudience(), when, briefing.getPlace(), briefing.getLink(),
                    Window.of(briefing.getStartsAt(), briefing.getEndsAt(), now)));
        }
        if (programme.getHalfwayAt() != null) {
            LocalDate day = first(programme.getHalfwayAt(), zone);
            lines.add(new Line("halfway", day(day, locale), null, null,
                    Window.of(programme.getHalfwayAt(), day.plusDays(1).atStartOfDay(zone).toInstant(), now)));
        }
        if (programme.getRunsUntil() != null) {
            LocalDate end = programme.getRunsUntil();
            lines.add(new Line("end", day(end, locale), null, null,
                    Window.of(end.atStartOfDay(zone).toInstant(), end.plusDays(1).atStartOfDay(zone).toInstant(), now)));
        }
        return lines;
    }

    DateTimeFormatter dayFormat(Locale locale) {
        return DateTimeFormatter.ofPattern(messages.getMessage("programme.date-pattern", null, locale), locale);
    }

    String day(LocalDate day, Locale locale) {
        return day == null ? "" : dayFormat(locale).format(day);
    }

    String weekday(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern(messages.getMessage("programme.weekday-pattern", null, locale), locale).format(day);
    }

    /** "7–16 January 2025", "28 January – 3 February 2025", "1 December 2024 – 30 June 2025". */
    String range(LocalDate from, LocalDate to, Locale locale) {
        if (from == null || to == null) {
            return "";
        }
        if (from.equals(to)) {
            return day(from, locale);
        }
        String start;
        if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
            start = DateTimeFormatter.ofPattern(messages.getMessage("programme.day-only-pattern", null, locale), locale).format(from);
            return start + "–" + day(to, locale);
        }
        start = from.getYear() == to.getYear()
                ? DateTimeFormatter.ofPattern(messages.getMessage("programme.day-month-pattern", null, locale), locale).format(from)
                : day(from, locale);
        return start + " – " + day(to, locale);
    }

    private static LocalDate first(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }

    /** The last day of a window that closes at 00:00 of the day after. */
    private static LocalDate last(Instant closes, ZoneId zone) {
        return closes == null ? null : LocalDate.ofInstant(closes.minusSeconds(1), zone);
    }

    private static String clockTime(Instant instant, ZoneId zone) {
        return LocalTime.ofInstant(instant, zone).format(DateTimeFormatter.ofPattern("HH:mm"));
    }
}
