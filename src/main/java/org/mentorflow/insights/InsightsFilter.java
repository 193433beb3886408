package org.mentorflow.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What every report is about: the mentorships of one programme (or all, {@code programmeId} null) whose request was
 * made from {@code from} to {@code to}, both days included, in the installation's time zone. Every figure of a report
 * belongs to those mentorships (a meeting or a survey answer counts with its mentorship's request), so the reports of
 * one filter describe the same people and add up.
 */
record InsightsFilter(Long programmeId, LocalDate from, LocalDate to, ZoneId zone) {

    Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The filter as the query of a page's address, for the CSV links and the report tabs. */
    public String query() {
        return "?programme=" + (programmeId == null ? "" : programmeId) + "&from=" + from + "&to=" + to;
    }
}
