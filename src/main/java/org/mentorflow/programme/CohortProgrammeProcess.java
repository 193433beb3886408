package org.mentorflow.programme;

import java.util.Date;
import org.mentorflow.system.ProcessVariable;

/**
 * Names of processes/cohort-programme.bpmn shared by its glue code and tests: one instance per cohort, business key
 * the programme's id, started when a coordinator creates the cohort. Its timers wait for the date variables below;
 * {@link ProgrammeCalendar} sets them and moves the pending timers when a coordinator moves a date.
 */
public final class CohortProgrammeProcess {

    public static final String KEY = "cohort-programme";

    public static final ProcessVariable<Long> PROGRAMME_ID = ProcessVariable.of("programmeId", Long.class);
    /** Who takes the programme's coordinator tasks (candidate group). */
    public static final ProcessVariable<String> COORDINATOR_GROUP = ProcessVariable.of("coordinatorGroup", String.class);
    public static final ProcessVariable<Date> SIGNUP_OPENS_AT = ProcessVariable.of("signupOpensAt", Date.class);
    public static final ProcessVariable<Date> SIGNUP_CLOSES_AT = ProcessVariable.of("signupClosesAt", Date.class);
    public static final ProcessVariable<Date> REQUESTS_OPEN_AT = ProcessVariable.of("requestsOpenAt", Date.class);
    public static final ProcessVariable<Date> REQUESTS_CLOSE_AT = ProcessVariable.of("requestsCloseAt", Date.class);
    public static final ProcessVariable<Date> HALFWAY_AT = ProcessVariable.of("halfwayAt", Date.class);
    /** The end of the programme's last day. */
    public static final ProcessVariable<Date> ENDS_AT = ProcessVariable.of("endsAt", Date.class);
    public static final ProcessVariable<String> SURVEY_REMINDER_AFTER = ProcessVariable.of("surveyReminderAfter", String.class);

    /** Message the portal correlates when a coordinator runs the match proposal inside the request window. */
    public static final String MESSAGE_MATCH_PROPOSAL_REQUESTED = "MatchProposalRequested";

    private CohortProgrammeProcess() {
    }
}
