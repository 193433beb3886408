package org.mentorflow.insights;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL condition every report shares: the mentorships (alias {@code m}) the filter is about. Reports read the
 * tables with SQL rather than through JPA or Camunda's HistoryService: one grouped query per table gives exact counts
 * in the database, where loading entities or one history query per mentorship would grow with the history.
 */
final class FilteredMentorships {

    static final String CONDITION = "m.requested_at >= :start and m.requested_at < :end"
            + " and (cast(:programme as bigint) is null or m.programme_id = :programme)";

    /**
     * Camunda's history of a mentorship's own process (business key = mentorship id): how often it passed an activity.
     * Read from ACT_HI_ACTINST, the only record of timers and mails that changed no table of ours (nudges, escalations).
     */
    static String passed(String activityId) {
        return "(select count(*) from act_hi_actinst a join act_hi_procinst p on p.proc_inst_id_ = a.proc_inst_id_"
                + " where p.proc_def_key_ = 'mentorship' and p.business_key_ = cast(m.id as varchar(20))"
                + " and a.act_id_ = '" + activityId + "')";
    }

    private FilteredMentorships() {
    }

    static MapSqlParameterSource parameters(InsightsFilter filter) {
        Map<String, Object> values = new HashMap<>();
        values.put("start", Timestamp.from(filter.start()));
        values.put("end", Timestamp.from(filter.end()));
        values.put("programme", filter.programmeId());
        return new MapSqlParameterSource(values);
    }
}
