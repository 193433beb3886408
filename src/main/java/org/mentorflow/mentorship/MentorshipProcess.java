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

    // activity ids (shared by code and tests)
    /** The agreement's model, processes/agreement.bpmn, called by "Agree on the mentorship". */
    public static final String AGREEMENT_KEY = "agreement";
    /** Messages the mentorship waits for while it runs: something happened, the agreement changed. */
    public static final String MESSAGE_MENTORSHIP_ACTIVITY = "MentorshipActivity";
    public static final String MESSAGE_AGREEMENT_CHANGED = "AgreementChanged";
    // request stage
    public static final String SUBPROCESS_REQUEST_STAGE = "SubProcess_RequestStage";
    public static final String TASK_MAIL_REQUEST_TO_MENTOR = "Task_MailRequestToMentor";
    public static final String TIMER_REMIND_MENTOR = "Timer_RemindMentor";
    public static final String TASK_REMIND_MENTOR = "Task_RemindMentor";
    public static final String END_MENTOR_REMINDED = "EndEvent_MentorReminded";
    public static final String EVENT_REQUEST_WITHDRAWN = "Message_RequestWithdrawn";
    public static final String TASK_MAIL_REQUEST_WITHDRAWN = "Task_MailRequestWithdrawn";
    public static final String END_REQUEST_WITHDRAWN = "EndEvent_RequestWithdrawn";
    public static final String TIMER_REQUEST_EXPIRES = "Timer_RequestExpires";
    public static final String TASK_MAIL_REQUEST_EXPIRED = "Task_MailRequestExpired";
    public static final String END_REQUEST_EXPIRED = "EndEvent_RequestExpired";
    public static final String EVENT_CANCELLED_WHILE_REQUESTED = "Message_RequestCancelled";
    public static final String GATEWAY_REQUEST_ACCEPTED = "Gateway_RequestAccepted";
    public static final String TASK_MAIL_DECLINE = "Task_MailDecline";
    public static final String END_REQUEST_DECLINED = "EndEvent_RequestDeclined";
    // under way: agreement, finish, meetings, watches, changes
    public static final String TASK_MAIL_CONTACT_DETAILS = "Task_MailContactDetails";
    public static final String CALL_AGREE_ON_MENTORSHIP = "CallActivity_AgreeOnMentorship";
    public static final String TASK_MAIL_CONFIRM_COMPLETION = "Task_MailConfirmCompletion";
    public static final String GATEWAY_COMPLETION_CONFIRMED = "Gateway_CompletionConfirmed";
    public static final String END_COMPLETION_AGREED = "EndEvent_CompletionAgreed";
    public static final String TASK_MAIL_COMPLETION_NOT_YET = "Task_MailCompletionNotYet";
    public static final String EVENT_MEETING_PROPOSED = "Event_MeetingProposed";
    public static final String EVENT_GATEWAY_FIRST_PERIOD = "EventGateway_FirstPeriod";
    public static final String EVENT_ACTIVITY = "Message_Activity";
    public static final String TIMER_FIRST_SILENCE = "Timer_FirstSilence";
    public static final String TASK_MAIL_NUDGE = "Task_MailNudge";
    public static final String EVENT_GATEWAY_SECOND_PERIOD = "EventGateway_SecondPeriod";
    public static final String EVENT_LATE_ACTIVITY = "Message_LateActivity";
    public static final String TIMER_SECOND_SILENCE = "Timer_SecondSilence";
    public static final String GATEWAY_KEEP_RUNNING = "Gateway_KeepRunning";
    public static final String END_MENTORSHIP_CLOSED = "EndEvent_MentorshipClosed";
    public static final String EVENT_GATEWAY_END_OR_CHANGE = "EventGateway_EndOrChange";
    public static final String TIMER_END_DATE = "Timer_EndDate";
    public static final String TASK_MAIL_END_DATE = "Task_MailEndDate";
    public static final String EVENT_CHANGED_AFTER_END = "Message_ChangedAfterEnd";
    public static final String EVENT_CHANGED = "Message_Changed";
    public static final String SUBPROCESS_MEETING = "SubProcess_Meeting";
    public static final String CALL_HOLD_MEETING = "CallActivity_HoldMeeting";
    public static final String END_MEETING_ENDED = "EndEvent_MeetingEnded";
    public static final String CALL_DECIDE_ON_CHANGE = "CallActivity_DecideOnChange";
    public static final String END_CHANGE_DECIDED = "EndEvent_ChangeDecided";
    // early ends and completion
    public static final String EVENT_MENTORSHIP_CANCELLED = "Message_MentorshipCancelled";
    public static final String EVENT_MENTORSHIP_CLOSED = "Error_MentorshipClosed";
    public static final String TASK_MAIL_MENTORSHIP_ENDED = "Task_MailMentorshipEnded";
    public static final String END_MENTORSHIP_CANCELLED = "EndEvent_MentorshipCancelled";
    public static final String TASK_AWARD_COMPLETION_CREDITS = "Task_AwardCompletionCredits";
    public static final String TASK_ISSUE_CERTIFICATES = "Task_IssueCertificates";
    public static final String TASK_MAIL_COMPLETED = "Task_MailCompleted";
    public static final String END_MENTORSHIP_COMPLETED = "EndEvent_MentorshipCompleted";
    // agreement.bpmn
    public static final String TIMER_REMIND_AGREEMENT = "Timer_RemindAgreement";
    public static final String TASK_REMIND_AGREEMENT = "Task_RemindAgreement";
    public static final String END_MENTEE_REMINDED = "EndEvent_MenteeReminded";
    public static final String TASK_SAVE_AGREEMENT_PROPOSAL = "Task_SaveProposal";
    public static final String TASK_MAIL_AGREEMENT_PROPOSAL = "Task_MailProposal";
    public static final String TASK_START_MENTORSHIP = "Task_StartMentorship";
    public static final String TASK_AWARD_AGREEMENT_CREDITS = "Task_AwardAgreementCredits";
    public static final String TASK_MAIL_MENTORSHIP_STARTED = "Task_MailStarted";
    public static final String END_MENTORSHIP_STARTED = "EndEvent_MentorshipStarted";
    public static final String TASK_RECORD_AGREEMENT_CHANGE_REQUEST = "Task_RecordChangeRequest";
    public static final String TASK_MAIL_AGREEMENT_CHANGES = "Task_MailChanges";
}
