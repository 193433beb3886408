package org.mentorflow.mentorship.agreement;

/** Names shared by processes/amendment.bpmn, its glue code and its tests. */
public final class AmendmentProcess {

    public static final String KEY = "amendment";

    /** Who proposed the change, and who decides on it (the other side). */
    public static final String PROPOSED_BY = "amendmentProposedBy";
    public static final String DECIDER = "amendmentDecider";

    private AmendmentProcess() {
    }

    // activity ids (shared by code and tests)
    // ("Approve agreement change" is MentorshipProcess.TASK_APPROVE_AMENDMENT)
    public static final String TASK_MAIL_CHANGE_PROPOSAL = "Task_MailChangeProposal";
    public static final String TASK_RECORD_CHANGE_APPROVAL = "Task_RecordChangeApproval";
    public static final String TASK_TELL_MENTORSHIP = "Task_TellMentorship";
    public static final String TASK_MAIL_CHANGE_APPROVED = "Task_MailChangeApproved";
    public static final String END_CHANGE_AGREED = "EndEvent_ChangeAgreed";
    public static final String TASK_RECORD_CHANGE_REJECTION = "Task_RecordChangeRejection";
    public static final String TASK_MAIL_CHANGE_REJECTED = "Task_MailChangeRejected";
    public static final String END_CHANGE_REJECTED = "EndEvent_ChangeRejected";
}
