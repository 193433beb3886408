package org.mentorflow.mentorship;

/** Names shared by the mentorship model, its glue code and its tests: declared once, here. */
public final class MentorshipProcess {

    public static final String KEY = "mentorship";

    /** Message the portal correlates when the mentee takes the request back. */
    public static final String MESSAGE_REQUEST_WITHDRAWN = "RequestWithdrawn";

    /** Message the portal correlates when either side ends the mentorship early. */
    public static final String MESSAGE_MENTORSHIP_CANCELLED = "MentorshipCancelled";

    /** Starts the "Meeting" event subprocess, which calls processes/meeting.bpmn. */
    public static final String MESSAGE_MEETING_PROPOSED = "MeetingProposed";

    /** Starts the "Agreement change" event subprocess, which calls processes/amendment.bpmn. */
    public static final String MESSAGE_AGREEMENT_CHANGE_PROPOSED = "AgreementChangeProposed";

    /** The running stage: cancellations and a coordinator's close end everything inside it. */
    public static final String SUBPROCESS_UNDER_WAY = "SubProcess_MentorshipUnderWay";
    public static final String SUBPROCESS_AGREEMENT_CHANGE = "SubProcess_AgreementChange";

    public static final String TASK_REVIEW_REQUEST = "Task_ReviewRequest";
    public static final String TASK_WRITE_AGREEMENT = "Task_WriteAgreement";
    public static final String TASK_APPROVE_AGREEMENT = "Task_ApproveAgreement";
    public static final String TASK_FINISH_MENTORSHIP = "Task_FinishMentorship";
    public static final String TASK_CONFIRM_COMPLETION = "Task_ConfirmCompletion";

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

    public static final String AGREEMENT_REMINDER_CYCLE = "agreementReminderCycle";
    /** The agreement as the mentee writes it in the form; saved as a version, then removed from the process. */
    public static final String AGREEMENT_DURATION_MONTHS = "agreementDurationMonths";
    public static final String AGREEMENT_MEETINGS = "agreementMeetings";
    public static final String AGREEMENT_RHYTHM = "agreementRhythm";
    public static final String AGREEMENT_CONTACT_CHANNELS = "agreementContactChannels";
    public static final String AGREEMENT_CONTACT_FREQUENCY = "agreementContactFrequency";
    public static final String AGREEMENT_GOALS = "agreementGoals";
    public static final String AGREEMENT_AGENDA = "agreementAgenda";
    /** Set by the approval form: "approve" or "changes", with a comment for changes. */
    public static final String AGREEMENT_DECISION = "agreementDecision";
    public static final String AGREEMENT_COMMENT = "agreementComment";

    /** Set by the finish form: the mentee confirms the final meeting took place. */
    public static final String FINAL_MEETING_HELD = "finalMeetingHeld";
    /** Set by the mentor's confirmation form: "yes" or "no", with a comment for no. */
    public static final String COMPLETION_CONFIRMED = "completionConfirmed";
    public static final String COMPLETION_COMMENT = "completionComment";

    public static final String TASK_CHECK_INACTIVE = "Task_CheckInactive";
    public static final String TASK_APPROVE_AMENDMENT = "Task_ApproveAmendment";
    public static final String INACTIVITY_AFTER = "inactivityAfter";
    /** Set by the coordinator's check: "contact", "extend" or "close", with a note (the reason on close). */
    public static final String INACTIVE_DECISION = "inactiveDecision";
    public static final String COORDINATOR_NOTE = "coordinatorNote";
    public static final String CLOSED_BY = "closedBy";

    /** Set by the cancellation message. */
    public static final String CANCELLED_BY = "cancelledBy";
    public static final String CANCEL_REASON = "cancelReason";

    private MentorshipProcess() {
    }
}
