package org.mentorflow.mentorship;

/** Names shared by the mentorship model, its glue code and its tests: declared once, here. */
public final class MentorshipProcess {

    public static final String KEY = "mentorship";

    /** Message the portal correlates when the mentee takes the request back. */
    public static final String MESSAGE_REQUEST_WITHDRAWN = "RequestWithdrawn";

    public static final String TASK_REVIEW_REQUEST = "Task_ReviewRequest";

    // process variables: ids, decisions and the durations of the request stage, never profile copies
    public static final String MENTORSHIP_ID = "mentorshipId";
    public static final String MENTEE_ID = "menteeId";
    public static final String MENTOR_ID = "mentorId";
    public static final String REQUEST_REMINDER_CYCLE = "requestReminderCycle";
    public static final String REQUEST_EXPIRES_AFTER = "requestExpiresAfter";
    /** Set by the review form: "accept" or "decline". */
    public static final String DECISION = "decision";
    public static final String DECISION_ACCEPT = "accept";
    public static final String DECISION_DECLINE = "decline";
    /** The mentor's answer to the mentee on decline; starts as a standard text the mentor may personalise. */
    public static final String DECLINE_MESSAGE = "declineMessage";

    private MentorshipProcess() {
    }
}
