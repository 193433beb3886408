package org.mentorflow.mentorship;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.mentorflow.system.ProcessVariable;

/**
 * Names shared by processes/mentorship.bpmn and the agreement it calls (processes/agreement.bpmn), their glue code
 * and their tests: declared once, here. Each process variable with the type its value is stored as
 * ({@link ProcessVariable}); {@code .name()} is what the models, forms, correlations and queries use.
 */
public final class MentorshipProcess {

    public static final String KEY = "mentorship";

    /** Message the portal correlates when the mentee takes the request back. */
    public static final String MESSAGE_REQUEST_WITHDRAWN = "RequestWithdrawn";

    /** Message the portal correlates when either side ends the mentorship early. */
    public static final String MESSAGE_MENTORSHIP_CANCELLED = "MentorshipCancelled";

    /**
     * Message a cohort's process correlates to each request still open when its request window closes (or when its
     * coordinator closes the programme): the request expires as an unanswered one does.
     */
    public static final String MESSAGE_REQUEST_WINDOW_CLOSED = "RequestWindowClosed";

    /** Message a cohort's process correlates when its coordinator completes a running mentorship at the programme's end. */
    public static final String MESSAGE_COMPLETED_BY_COORDINATOR = "CompletedByCoordinator";

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
    /** Finishing is offered once a meeting both confirmed as held is reported (message {@link #MESSAGE_MEETING_HELD}). */
    public static final String EVENT_FIRST_MEETING_HELD = "Event_FirstMeetingHeld";
    public static final String MESSAGE_MEETING_HELD = "MeetingHeld";

    // process variables: ids, decisions and the durations of the request stage, never profile copies
    public static final ProcessVariable<Long> MENTORSHIP_ID = ProcessVariable.of("mentorshipId", Long.class);
    /** The programme whose rules the mentorship follows. */
    public static final ProcessVariable<Long> PROGRAMME_ID = ProcessVariable.of("programmeId", Long.class);
    public static final ProcessVariable<String> MENTEE_ID = ProcessVariable.of("menteeId", String.class);
    public static final ProcessVariable<String> MENTOR_ID = ProcessVariable.of("mentorId", String.class);
    public static final ProcessVariable<String> REQUEST_REMINDER_CYCLE = ProcessVariable.of("requestReminderCycle", String.class);
    public static final ProcessVariable<String> REQUEST_EXPIRES_AFTER = ProcessVariable.of("requestExpiresAfter", String.class);
    /** Set by the review form: "accept" or "decline". */
    public static final ProcessVariable<String> DECISION = ProcessVariable.of("decision", String.class);
    public static final String DECISION_ACCEPT = "accept";
    public static final String DECISION_DECLINE = "decline";
    /** The mentor's answer to the mentee on decline; starts as a standard text the mentor may personalise. */
    public static final ProcessVariable<String> DECLINE_MESSAGE = ProcessVariable.of("declineMessage", String.class);

    public static final ProcessVariable<String> AGREEMENT_REMINDER_CYCLE = ProcessVariable.of("agreementReminderCycle", String.class);
    /** The agreement as the mentee writes it in the form; saved as a version, then removed from the process. */
    public static final ProcessVariable<Integer> AGREEMENT_DURATION_MONTHS = ProcessVariable.of("agreementDurationMonths", Integer.class);
    public static final ProcessVariable<Integer> AGREEMENT_MEETINGS = ProcessVariable.of("agreementMeetings", Integer.class);
    public static final ProcessVariable<String> AGREEMENT_RHYTHM = ProcessVariable.of("agreementRhythm", String.class);
    public static final ProcessVariable<String> AGREEMENT_CONTACT_CHANNELS = ProcessVariable.of("agreementContactChannels", String.class);
    public static final ProcessVariable<String> AGREEMENT_CONTACT_FREQUENCY = ProcessVariable.of("agreementContactFrequency", String.class);
    public static final ProcessVariable<String> AGREEMENT_GOALS = ProcessVariable.of("agreementGoals", String.class);
    public static final ProcessVariable<String> AGREEMENT_AGENDA = ProcessVariable.of("agreementAgenda", String.class);
    /** Set by the approval form: "approve" or "changes", with a comment for changes. */
    public static final ProcessVariable<String> AGREEMENT_DECISION = ProcessVariable.of("agreementDecision", String.class);
    public static final ProcessVariable<String> AGREEMENT_COMMENT = ProcessVariable.of("agreementComment", String.class);

    /** Set by the finish form: the mentee confirms the final meeting took place. */
    public static final ProcessVariable<Boolean> FINAL_MEETING_HELD = ProcessVariable.of("finalMeetingHeld", Boolean.class);
    /** Set by the finish form when finishing early (before the agreed end, fewer meetings than agreed): why. */
    public static final ProcessVariable<String> EARLY_FINISH_REASON = ProcessVariable.of("earlyFinishReason", String.class);
    /** Task-local on the finish task, for its form: whether finishing now is early, and the frame in a sentence. */
    public static final ProcessVariable<Boolean> FINISHING_EARLY = ProcessVariable.of("finishingEarly", Boolean.class);
    public static final ProcessVariable<String> FINISH_PROGRESS = ProcessVariable.of("finishProgress", String.class);
    /** Set by the mentor's confirmation form: "yes" or "no", with a comment for no. */
    public static final ProcessVariable<String> COMPLETION_CONFIRMED = ProcessVariable.of("completionConfirmed", String.class);
    public static final ProcessVariable<String> COMPLETION_COMMENT = ProcessVariable.of("completionComment", String.class);

    public static final String TASK_CHECK_INACTIVE = "Task_CheckInactive";
    public static final String TASK_APPROVE_AMENDMENT = "Task_ApproveAmendment";
    public static final ProcessVariable<String> INACTIVITY_AFTER = ProcessVariable.of("inactivityAfter", String.class);
    /** Set by the coordinator's check: "contact", "extend" or "close", with a note (the reason on close). */
    public static final ProcessVariable<String> INACTIVE_DECISION = ProcessVariable.of("inactiveDecision", String.class);
    public static final ProcessVariable<String> COORDINATOR_NOTE = ProcessVariable.of("coordinatorNote", String.class);
    public static final ProcessVariable<String> CLOSED_BY = ProcessVariable.of("closedBy", String.class);

    /** Set by the cancellation message. */
    public static final ProcessVariable<String> CANCELLED_BY = ProcessVariable.of("cancelledBy", String.class);
    public static final ProcessVariable<String> CANCEL_REASON = ProcessVariable.of("cancelReason", String.class);

    // shown on "Review request" (task-local, written by request.ShowApplicationListener; never contact details)
    public static final ProcessVariable<String> APPLICANT_NAME = ProcessVariable.of("applicantName", String.class);
    public static final ProcessVariable<String> APPLICANT_FIELDS_OF_STUDY = ProcessVariable.of("applicantFieldsOfStudy", String.class);
    public static final ProcessVariable<String> APPLICANT_LANGUAGES = ProcessVariable.of("applicantLanguages", String.class);
    public static final ProcessVariable<String> APPLICANT_LOCATION = ProcessVariable.of("applicantLocation", String.class);
    public static final ProcessVariable<String> APPLICANT_MY_DATA = ProcessVariable.of("applicantMyData", String.class);
    public static final ProcessVariable<String> APPLICANT_CURRENT_SITUATION = ProcessVariable.of("applicantCurrentSituation", String.class);
    public static final ProcessVariable<String> APPLICANT_GOALS = ProcessVariable.of("applicantGoals", String.class);
    public static final ProcessVariable<String> APPLICANT_HELP_WISHED = ProcessVariable.of("applicantHelpWished", String.class);
    /** A Markdown link to the mentee's CV, or a sentence saying there is none. */
    public static final ProcessVariable<String> APPLICANT_CV = ProcessVariable.of("applicantCv", String.class);
    public static final ProcessVariable<String> REQUEST_MESSAGE = ProcessVariable.of("requestMessage", String.class);

    // shown on "Approve agreement" and "Approve agreement change" (task-local, written by agreement.ShowAgreementListener)
    /** The display name of whoever proposed the terms. */
    public static final ProcessVariable<String> PROPOSER_NAME = ProcessVariable.of("proposedBy", String.class);
    /** The approved terms a change would replace, in a line; absent before the first approval. */
    public static final ProcessVariable<String> CURRENT_TERMS = ProcessVariable.of("currentTerms", String.class);
    public static final ProcessVariable<Integer> PROPOSAL_VERSION = ProcessVariable.of("proposalVersion", Integer.class);
    public static final ProcessVariable<Integer> PROPOSAL_DURATION_MONTHS = ProcessVariable.of("proposalDurationMonths", Integer.class);
    public static final ProcessVariable<Integer> PROPOSAL_MEETINGS = ProcessVariable.of("proposalMeetings", Integer.class);
    public static final ProcessVariable<String> PROPOSAL_RHYTHM = ProcessVariable.of("proposalRhythm", String.class);
    public static final ProcessVariable<String> PROPOSAL_CONTACT = ProcessVariable.of("proposalContact", String.class);
    public static final ProcessVariable<String> PROPOSAL_GOALS = ProcessVariable.of("proposalGoals", String.class);
    public static final ProcessVariable<String> PROPOSAL_AGENDA = ProcessVariable.of("proposalAgenda", String.class);

    // shown on "Check inactive mentorship" (task-local, written by lifecycle.ShowMentorshipToCoordinatorListener)
    public static final ProcessVariable<String> MENTEE_CONTACT = ProcessVariable.of("menteeContact", String.class);
    public static final ProcessVariable<String> MENTOR_CONTACT = ProcessVariable.of("mentorContact", String.class);
    public static final ProcessVariable<String> RUNNING_SINCE = ProcessVariable.of("runningSince", String.class);
    public static final ProcessVariable<String> PLANNED_END = ProcessVariable.of("plannedEnd", String.class);
    public static final ProcessVariable<Long> MEETINGS_HELD = ProcessVariable.of("meetingsHeld", Long.class);

    private MentorshipProcess() {
    }

    // activity ids (shared by code and tests)
    public static final String START_MENTORSHIP_ACCEPTED = "StartEvent_MentorshipAccepted";
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
    public static final String EVENT_REQUEST_WINDOW_CLOSED = "Message_RequestWindowClosed";
    public static final String GATEWAY_REQUEST_ENDS_UNANSWERED = "Gateway_RequestEndsUnanswered";
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
    public static final String EVENT_COMPLETED_BY_COORDINATOR = "Message_CompletedByCoordinator";
    public static final String GATEWAY_COMPLETED = "Gateway_Completed";
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

    /**
     * The mentorship a step of these processes is about: {@link #MENTORSHIP_ID}, checked against the business key each
     * of them carries. A task completion can overwrite a variable, never the business key.
     */
    public static long mentorshipId(DelegateExecution execution) {
        Long id = MENTORSHIP_ID.get(execution);
        String businessKey = execution.getProcessBusinessKey();
        if (id == null || businessKey != null && !businessKey.equals(id.toString())) {
            throw new IllegalStateException("Process variable '" + MENTORSHIP_ID.name()
                    + "' is not the mentorship of process instance " + execution.getProcessInstanceId());
        }
        return id;
    }
}
