package org.mentorflow.insights;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Meetings of every mentorship with an approved agreement: planned in the agreement in force (the latest approved
 * version), held (both confirmed), not held, disputed (one said held, the other not), and from the process history
 * the inactivity nudges (mail to both after a silent period) and escalations (the coordinator's check after a second
 * one). Rows carry the mentorship's number only, never a name.
 */
@Component
class MeetingsReport {

    private final NamedParameterJdbcTemplate jdbc;

    MeetingsReport(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    ReportTable table(InsightsFilter filter) {
        List<List<Object>> rows = new ArrayList<>();
        jdbc.query("select m.id, p.name as programme,"
                + " (select v.meetings_planned from agreement_version v where v.mentorship_id = m.id and v.status = 'APPROVED'"
                + "   order by v.version_no desc limit 1) as planned,"
                + " (select count(*) from meeting mt where mt.mentorship_id = m.id and mt.status = 'HELD') as held,"
                + " (select count(*) from meeting mt where mt.mentorship_id = m.id and mt.status = 'NOT_HELD') as not_held,"
                + " (select count(*) from meeting mt where mt.mentorship_id = m.id and mt.mentee_says_held <> mt.mentor_says_held) as disputed, "
                + FilteredMentorships.passed("Task_MailNudge") + " as nudges, "
                + FilteredMentorships.passed("Task_CheckInactive") + " as escalations"
                + " from mentorship m join programme p on p.id = m.programme_id"
                + " where m.started_on is not null and " + FilteredMentorships.CONDITION + " order by m.id",
                FilteredMentorships.parameters(filter), row -> {
                    rows.add(List.of(row.getLong("id"), row.getString("programme"), row.getInt("planned"), row.getLong("held"),
                            row.getLong("not_held"), row.getLong("disputed"), row.getLong("nudges"), row.getLong("escalations")));
                });
        return ReportTable.of("meetings", "insights.meetings.title",
                List.of("insights.meetings.column.mentorship", "insights.column.programme", "insights.meetings.column.planned",
                        "insights.meetings.column.held", "insights.meetings.column.not-held", "insights.meetings.column.disputed",
                        "insights.meetings.column.nudges", "insights.meetings.column.escalations"), rows).withBarChart(2, 3);
    }

    /** The same figures summed over the mentorships. */
    ReportTable totals(ReportTable perMentorship) {
        long[] sums = new long[6];
        for (List<Object> row : perMentorship.rows()) {
            for (int i = 0; i < sums.length; i++) {
                sums[i] += ((Number) row.get(i + 2)).longValue();
            }
        }
        List<Object> total = new ArrayList<>();
        total.add(perMentorship.rows().size());
        for (long sum : sums) {
            total.add(sum);
        }
        return ReportTable.of("meetings-totals", "insights.meetings.totals",
                List.of("insights.meetings.column.mentorships", "insights.meetings.column.planned", "insights.meetings.column.held",
                        "insights.meetings.column.not-held", "insights.meetings.column.disputed", "insights.meetings.column.nudges",
                        "insights.meetings.column.escalations"), List.of(total));
    }
}
