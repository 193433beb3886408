package org.mentorflow.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * Days of a programme's calendar as message arguments ({n,date,…}), so a page, a refusal and a mail name the same
 * days: noon UTC of the programme's local date, which every server time zone within eleven hours prints as that day.
 */
public final class CalendarDays {

    private CalendarDays() {
    }

    /** The programme's local day of this instant. */
    public static Date day(Programme programme, Instant instant) {
        LocalDate date = instant == null ? LocalDate.EPOCH : LocalDate.ofInstant(instant, programme.zone());
        return Date.from(date.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    /**
     * The last day of a window that closes at this instant: a window closes at midnight after its last day (or at
     * 23:59:59 of it), and people are told the last day they may still act.
     */
    public static Date lastDay(Programme programme, Instant closes) {
        return day(programme, closes == null ? null : closes.minusSeconds(1));
    }
}
