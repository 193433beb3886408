package org.mentorflow.insights;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Requested → accepted → agreement approved → active (a meeting both confirmed) → completed. Each mentorship counts
 * at every step it reached; one that ended early counts once more where it left: declined, expired and withdrawn at
 * the request, cancelled and closed for inactivity at the last step it reached. Conversion is the share of a step's
 * mentorships that reached the next one.
 */
@Component
class FunnelReport {

    enum Step { REQUESTED, ACCEPTED, AGREEMENT_APPROVED, ACTIVE, COMPLETED }

    enum Left { DECLINED, EXPIRED, WITHDRAWN, CANCELLED, CLOSED_INACTIVE }

    private final NamedParameterJdbcTemplate jdbc;

    FunnelReport(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // the coordinator's "close" on an inactive mentorship ends in this error end event; a cancellation does not pass it
    private static final String CLOSED = "EndEvent_MentorshipClosed";

    ReportTable table(InsightsFilter filter) {
        Map<Step, Integer> reached = new EnumMap<>(Step.class);
        Map<Step, Map<Left, Integer>> left = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            reached.put(step, 0);
            left.put(step, new EnumMap<>(Left.class));
        }
        jdbc.query("select m.state, m.answered_at, m.started_on,"
                + " (select count(*) from meeting mt where mt.mentorship_id = m.id and mt.status = 'HELD') as held, "
                + FilteredMentorships.passed(CLOSED) + " as closed"
                + " from mentorship m where " + FilteredMentorships.CONDITION, FilteredMentorships.parameters(filter), row -> {
                    String state = row.getString("state");
                    Step last = state.equals("COMPLETED") ? Step.COMPLETED
                            : row.getLong("held") > 0 ? Step.ACTIVE
                            : row.getDate("started_on") != null ? Step.AGREEMENT_APPROVED
                            : row.getTimestamp("answered_at") != null && !state.equals("DECLINED") && !state.equals("EXPIRED")
                                    && !state.equals("WITHDRAWN") ? Step.ACCEPTED
                            : Step.REQUESTED;
                    for (Step step : Step.values()) {
                        if (step.ordinal() <= last.ordinal()) {
                            reached.merge(step, 1, Integer::sum);
                        }
                    }
                    Left why = switch (state) {
                        case "DECLINED" -> Left.DECLINED;
                        case "EXPIRED" -> Left.EXPIRED;
                        case "WITHDRAWN" -> Left.WITHDRAWN;
                        case "CANCELLED" -> row.getLong("closed") > 0 ? Left.CLOSED_INACTIVE : Left.CANCELLED;
                        default -> null;
                    };
                    if (why != null) {
                        left.get(last).merge(why, 1, Integer::sum);
                    }
                });
        List<List<Object>> rows = new ArrayList<>();
        for (Step step : Step.values()) {
            List<Object> row = new ArrayList<>();
            row.add(new Label("insights.funnel.step." + step.name().toLowerCase()));
            row.add(reached.get(step));
            for (Left why : Left.values()) {
                row.add(left.get(step).getOrDefault(why, 0));
            }
            row.add(step == Step.COMPLETED ? "" : Percent.of(reached.get(Step.values()[step.ordinal() + 1]), reached.get(step)));
            rows.add(row);
        }
        return ReportTable.of("funnel", "insights.funnel.title",
                List.of("insights.funnel.column.step", "insights.funnel.column.reached", "insights.funnel.column.declined",
                        "insights.funnel.column.expired", "insights.funnel.column.withdrawn", "insights.funnel.column.cancelled",
                        "insights.funnel.column.closed-inactive", "insights.funnel.column.conversion"),
                rows).withBarChart(1);
    }
}
