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

    // the briefings: one instance of "Briefing" per briefing of the programme
    public static final ProcessVariable<Long> BRIEFING_ID = ProcessVariable.of("briefingId", Long.class);

    /**
     * Set by the placements page when it completes "Place unmatched students": the chosen pairs as a JSON object,
     * student id to mentor id ({@code {"mia":"max"}}); "Send placements" sends each as a request.
     */
    public static final ProcessVariable<String> PLACEMENTS = ProcessVariable.of("placements", String.class);
    /** Task-local on "Place unmatched students": the students, the mentors with free places and suggestions, in Markdown. */
    public static final ProcessVariable<String> PLACEMENT_OVERVIEW = ProcessVariable.of("placementOverview", String.class);

    /**
     * Set by the closing page when it completes "Decide on running mentorships": mentorship id to decision
     * ({@code complete}, {@code extend}, {@code cancel}, {@code close} for a request), as a JSON object.
     */
    public static final ProcessVariable<String> CLOSING_DECISIONS = ProcessVariable.of("closingDecisions", String.class);
    /** Who decided on the closing page: the coordinator the mentorship-ended mails name as having ended it. */
    public static final ProcessVariable<String> CLOSING_COORDINATOR = ProcessVariable.of("closingCoordinator", String.class);
    /** The reason given to the participants of a mentorship the coordinator cancels at the end. */
    public static final ProcessVariable<String> CLOSING_REASON = ProcessVariable.of("closingReason", String.class);
    /** Task-local on "Decide on running mentorships": the mentorships still running, in Markdown. */
    public static final ProcessVariable<String> RUNNING_OVERVIEW = ProcessVariable.of("runningMentorships", String.class);

    public static final String DECISION_COMPLETE = "complete";
    public static final String DECISION_EXTEND = "extend";
    public static final String DECISION_CANCEL = "cancel";
    /** For a request still unanswered at the end: it expires like one at the window's close. */
    public static final String DECISION_CLOSE = "close";

    // activity ids (shared by code and tests)
    public static final String START_COHORT_CREATED = "StartEvent_CohortCreated";
    public static final String TIMER_SIGNUP_OPENS = "Timer_SignupOpens";
    public static final String TASK_INVITE_MENTORS = "Task_InviteMentors";
    public static final String TIMER_SIGNUP_CLOSES = "Timer_SignupCloses";
    public static final String TIMER_REQUESTS_OPEN = "Timer_RequestsOpen";
    public static final String TASK_TELL_STUDENTS = "Task_TellStudents";
    public static final String GATEWAY_REQUEST_WINDOW = "Gateway_RequestWindow";
    public static final String EVENT_GATEWAY_WINDOW_OPEN = "EventGateway_WindowOpen";
    public static final String TIMER_REQUESTS_CLOSE = "Timer_RequestsClose";
    public static final String EVENT_MATCH_PROPOSAL_REQUESTED = "Message_MatchProposalRequested";
    public static final String TASK_PROPOSE_MATCHES = "Task_ProposeMatches";
    public static final String TASK_REVIEW_MATCH_PROPOSAL = "Task_ReviewMatchProposal";
    public static final String TIMER_PROPOSAL_UNTIL_WINDOW_CLOSES = "Timer_ProposalUntilWindowCloses";
    public static final String TASK_SEND_PROPOSED_REQUESTS = "Task_SendProposedRequests";
    public static final String GATEWAY_WINDOW_CLOSED = "Gateway_WindowClosed";
    public static final String TASK_CLOSE_OPEN_REQUESTS = "Task_CloseOpenRequests";
    public static final String GATEWAY_AFTER_WINDOW = "Gateway_AfterWindow";
    public static final String TASK_PLACE_UNMATCHED_STUDENTS = "Task_PlaceUnmatchedStudents";
    public static final String TIMER_PLACEMENTS_UNTIL_HALFWAY = "Timer_PlacementsUntilHalfway";
    public static final String END_PLACEMENTS_LEFT = "EndEvent_PlacementsLeft";
    public static final String TASK_SEND_PLACEMENTS = "Task_SendPlacements";
    public static final String END_STUDENTS_PLACED = "EndEvent_StudentsPlaced";
    public static final String SUBPROCESS_BRIEFING = "SubProcess_Briefing";
    public static final String START_BRIEFING_PLANNED = "StartEvent_BriefingPlanned";
    public static final String TASK_INVITE_TO_BRIEFING = "Task_InviteToBriefing";
    public static final String TIMER_DAY_BEFORE_BRIEFING = "Timer_DayBeforeBriefing";
    public static final String TASK_REMIND_OF_BRIEFING = "Task_RemindOfBriefing";
    public static final String END_BRIEFING_REMINDED = "EndEvent_BriefingReminded";
    public static final String END_BRIEFINGS_PREPARED = "EndEvent_BriefingsPrepared";
    public static final String TIMER_HALFWAY = "Timer_Halfway";
    public static final String CALL_HALFWAY_SURVEY = "CallActivity_HalfwaySurvey";
    public static final String TIMER_PROGRAMME_ENDS = "Timer_ProgrammeEnds";
    public static final String GATEWAY_CLOSING_SPLIT = "Gateway_ClosingSplit";
    public static final String TASK_DECIDE_ON_RUNNING_MENTORSHIPS = "Task_DecideOnRunningMentorships";
    public static final String TASK_APPLY_CLOSING_DECISIONS = "Task_ApplyClosingDecisions";
    public static final String CALL_FINAL_SURVEY = "CallActivity_FinalSurvey";
    public static final String GATEWAY_CLOSING_JOIN = "Gateway_ClosingJoin";
    public static final String TASK_CLOSE_PROGRAMME = "Task_CloseProgramme";
    public static final String END_PROGRAMME_CLOSED = "EndEvent_ProgrammeClosed";
    /** The survey model the two call activities start (built beside this one). */
    public static final String SURVEY_KEY = "programme-survey";

    private CohortProgrammeProcess() {
    }

    /**
     * The business key of a cohort's instance (and of the surveys it calls): "programme-" and the id, so it never
     * equals a mentorship's, whose key is its bare id.
     */
    public static String businessKey(long programmeId) {
        return "programme-" + programmeId;
    }
}
