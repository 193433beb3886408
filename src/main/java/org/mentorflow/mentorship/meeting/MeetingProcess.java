package org.mentorflow.mentorship.meeting;

/** Names shared by processes/meeting.bpmn, its glue code and its tests. */
public final class MeetingProcess {

    public static final String KEY = "meeting";

    public static final String MEETING_ID = "meetingId";
    /** When the meeting is over: the process then asks both whether it took place. */
    public static final String MEETING_ENDS_AT = "meetingEndsAt";

    // the proposal, as the mentee fills it in "Propose a meeting" (removed once the meeting exists)
    public static final String PROPOSED_START = "meetingStartsAt";
    public static final String PROPOSED_DURATION = "meetingDurationMinutes";
    public static final String PROPOSED_PLACE = "meetingPlace";
    public static final String PROPOSED_TOPIC = "meetingTopic";

    /** "approve"/"other" (mentor) or "accept"/"other" (mentee), with another start when "other". */
    public static final String TIME_DECISION = "meetingTimeDecision";
    public static final String OTHER_START = "otherStartsAt";

    /** Each side's answer afterwards: "yes" or "no", with an optional note. */
    public static final String MENTEE_SAYS_HELD = "menteeSaysHeld";
    public static final String MENTEE_NOTE = "menteeMeetingNote";
    public static final String MENTOR_SAYS_HELD = "mentorSaysHeld";
    public static final String MENTOR_NOTE = "mentorMeetingNote";
    /** Set by the process: both said yes. */
    public static final String HELD_BY_BOTH = "heldByBoth";

    public static final String TASK_PROPOSE_MEETING = "Task_ProposeMeeting";
    public static final String TASK_APPROVE_MEETING = "Task_ApproveMeeting";
    public static final String TASK_ACCEPT_OTHER_TIME = "Task_AcceptOtherTime";
    public static final String TASK_CONFIRM_MENTEE = "Task_ConfirmMeetingMentee";
    public static final String TASK_CONFIRM_MENTOR = "Task_ConfirmMeetingMentor";

    private MeetingProcess() {
    }

    // activity ids (shared by code and tests)
    public static final String TASK_MAIL_MEETING_PROPOSAL = "Task_MailMeetingProposal";
    public static final String TASK_MAIL_OTHER_TIME = "Task_MailOtherTime";
    public static final String TASK_SCHEDULE_MEETING = "Task_ScheduleMeeting";
    public static final String TASK_MAIL_INVITATIONS = "Task_MailInvitations";
    public static final String TIMER_MEETING_OVER = "Timer_MeetingOver";
    public static final String TASK_RECORD_MEETING_OUTCOME = "Task_RecordMeetingOutcome";
    public static final String TASK_REPORT_ACTIVITY = "Task_ReportActivity";
    public static final String TASK_AWARD_MEETING_CREDITS = "Task_AwardMeetingCredits";
    public static final String TASK_MAIL_FEEDBACK_REQUEST = "Task_MailFeedbackRequest";
    public static final String END_MEETING_HELD = "EndEvent_MeetingHeld";
    public static final String END_MEETING_NOT_HELD = "EndEvent_MeetingNotHeld";
}
