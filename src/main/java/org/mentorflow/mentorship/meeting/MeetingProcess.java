package org.mentorflow.mentorship.meeting;

import java.util.Date;
import org.mentorflow.system.ProcessVariable;

/**
 * Names shared by processes/meeting.bpmn, its glue code and its tests, each process variable with the type its
 * value is stored as ({@link ProcessVariable}). The mentorship passes its ids in
 * ({@code MentorshipProcess.MENTORSHIP_ID}, {@code MENTEE_ID}, {@code MENTOR_ID}).
 */
public final class MeetingProcess {

    public static final String KEY = "meeting";

    public static final ProcessVariable<Long> MEETING_ID = ProcessVariable.of("meetingId", Long.class);
    /** When the meeting is over: the process then asks both whether it took place. */
    public static final ProcessVariable<Date> MEETING_ENDS_AT = ProcessVariable.of("meetingEndsAt", Date.class);

    // the proposal, as the mentee fills it in "Propose a meeting" (removed once the meeting exists); the form's
    // date-time field gives ISO text, with or without an offset
    public static final ProcessVariable<String> PROPOSED_START = ProcessVariable.of("meetingStartsAt", String.class);
    public static final ProcessVariable<Integer> PROPOSED_DURATION = ProcessVariable.of("meetingDurationMinutes", Integer.class);
    public static final ProcessVariable<String> PROPOSED_PLACE = ProcessVariable.of("meetingPlace", String.class);
    public static final ProcessVariable<String> PROPOSED_TOPIC = ProcessVariable.of("meetingTopic", String.class);

    /** "approve"/"other" (mentor) or "accept"/"other" (mentee), with another start (ISO text) when "other". */
    public static final ProcessVariable<String> TIME_DECISION = ProcessVariable.of("meetingTimeDecision", String.class);
    public static final ProcessVariable<String> OTHER_START = ProcessVariable.of("otherStartsAt", String.class);

    /** Each side's answer afterwards: "yes" or "no", with an optional note. */
    public static final ProcessVariable<String> MENTEE_SAYS_HELD = ProcessVariable.of("menteeSaysHeld", String.class);
    public static final ProcessVariable<String> MENTEE_NOTE = ProcessVariable.of("menteeMeetingNote", String.class);
    public static final ProcessVariable<String> MENTOR_SAYS_HELD = ProcessVariable.of("mentorSaysHeld", String.class);
    public static final ProcessVariable<String> MENTOR_NOTE = ProcessVariable.of("mentorMeetingNote", String.class);
    /** Set by the process: both said yes. */
    public static final ProcessVariable<Boolean> HELD_BY_BOTH = ProcessVariable.of("heldByBoth", Boolean.class);

    // shown on the meeting's tasks, in the reader's language (task-local, written by ShowMeetingListener)
    public static final ProcessVariable<String> MEETING_WITH = ProcessVariable.of("meetingWith", String.class);
    public static final ProcessVariable<String> MEETING_WHEN = ProcessVariable.of("meetingWhen", String.class);
    public static final ProcessVariable<String> MEETING_WHERE = ProcessVariable.of("meetingWhere", String.class);
    public static final ProcessVariable<String> MEETING_ABOUT = ProcessVariable.of("meetingAbout", String.class);

    public static final String TASK_PROPOSE_MEETING = "Task_ProposeMeeting";
    public static final String TASK_APPROVE_MEETING = "Task_ApproveMeeting";
    public static final String TASK_ACCEPT_OTHER_TIME = "Task_AcceptOtherTime";
    public static final String TASK_CONFIRM_MENTEE = "Task_ConfirmMeetingMentee";
    public static final String TASK_CONFIRM_MENTOR = "Task_ConfirmMeetingMentor";
    /** Where both answers meet; each arrives as a job, so two answers at the same instant never conflict. */
    public static final String GATEWAY_BOTH_ANSWERED = "Gateway_BothAnswered";

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
