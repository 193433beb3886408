package org.mentorflow.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How long things take, per programme and month of the request: the mentor's answer (hours, from request to accept or
 * decline; expiries and withdrawals are no answer), to the approved agreement (days from the request to the first
 * approval), between meetings both confirmed (days between the starts of consecutive ones) and the whole mentorship
 * (days from the first approved agreement to completion). Median and p90 of each.
 */
@Component
class TimesReport {

    enum Measure { ANSWER_HOURS, AGREEMENT_DAYS, BETWEEN_MEETINGS_DAYS, DURATION_DAYS }

    private record Key(String programme, YearMonth month, Measure measure) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byProgramme = programme.compareTo(other.programme);
            int byMonth = month.compareTo(other.month);
            return byProgramme != 0 ? byProgramme : byMonth != 0 ? byMonth : measure.compareTo(other.measure);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    TimesReport(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    ReportTable table(InsightsFilter filter) {
        Map<Key, List<Double>> values = new TreeMap<>();
        jdbc.query("select p.name as programme, m.id, m.state, m.requested_at, m.answered_at, m.ended_at,"
                + " (select min(v.decided_at) from agreement_version v where v.mentorship_id = m.id and v.status = 'APPROVED') as approved_at"
                + " from mentorship m join programme p on p.id = m.programme_id where " + FilteredMentorships.CONDITION,
                FilteredMentorships.parameters(filter), row -> {
                    String programme = row.getString("programme");
                    Timestamp requested = row.getTimestamp("requested_at");
                    YearMonth month = YearMonth.from(requested.toInstant().atZone(filter.zone()));
                    Timestamp answered = row.getTimestamp("answered_at");
                    String state = row.getString("state");
                    if (answered != null && !state.equals("EXPIRED") && !state.equals("WITHDRAWN")) {
                        add(values, new Key(programme, month, Measure.ANSWER_HOURS), hours(requested, answered));
                    }
                    Timestamp approved = row.getTimestamp("approved_at");
                    if (approved != null) {
                        add(values, new Key(programme, month, Measure.AGREEMENT_DAYS), hours(requested, approved) / 24);
                    }
                    Timestamp ended = row.getTimestamp("ended_at");
                    if (approved != null && ended != null && state.equals("COMPLETED")) {
                        add(values, new Key(programme, month, Measure.DURATION_DAYS), hours(approved, ended) / 24);
                    }
                });
        jdbc.query("select p.name as programme, m.requested_at, mt.mentorship_id, mt.starts_at from meeting mt"
                + " join mentorship m on m.id = mt.mentorship_id join programme p on p.id = m.programme_id"
                + " where mt.status = 'HELD' and " + FilteredMentorships.CONDITION + " order by mt.mentorship_id, mt.starts_at",
                FilteredMentorships.parameters(filter), new org.springframework.jdbc.core.RowCallbackHandler() {
                    private long mentorship = -1;
                    private Timestamp previous;

                    @Override
                    public void processRow(java.sql.ResultSet row) throws java.sql.SQLException {
                        long id = row.getLong("mentorship_id");
                        Timestamp start = row.getTimestamp("starts_at");
                        if (id == mentorship) {
                            YearMonth month = YearMonth.from(row.getTimestamp("requested_at").toInstant().atZone(filter.zone()));
                            add(values, new Key(row.getString("programme"), month, Measure.BETWEEN_MEETINGS_DAYS),
                                    hours(previous, start) / 24);
                        }
                        mentorship = id;
                        previous = start;
                    }
                });
        List<List<Object>> rows = new ArrayList<>();
        values.forEach((key, list) -> {
            List<Double> sorted = list.stream().sorted().toList();
            rows.add(List.of(key.programme(), key.month().toString(),
                    new Label("insights.times.measure." + key.measure().name().toLowerCase().replace('_', '-')),
                    sorted.size(), round(Percentiles.of(sorted, 0.5)), round(Percentiles.of(sorted, 0.9))));
        });
        return ReportTable.of("times", "insights.times.title",
                List.of("insights.column.programme", "insights.column.month", "insights.times.column.measure",
                        "insights.times.column.count", "insights.times.column.median", "insights.times.column.p90"), rows);
    }

    private static void add(Map<Key, List<Double>> values, Key key, double value) {
        values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    private static double hours(Timestamp from, Timestamp to) {
        return Duration.between(from.toInstant(), to.toInstant()).toSeconds() / 3600.0;
    }

    /** One decimal, as shown and exported. */
    static String round(Double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
