package org.mentorflow.mentorship.agreement;

import org.mentorflow.system.ProcessVariable;

/**
 * Names shared by processes/amendment.bpmn, its glue code and its tests, each process variable with the type its
 * value is stored as ({@link ProcessVariable}). The change's terms are an agreement version in the database; its
 * approval task shows them like the agreement's ({@code MentorshipProcess.PROPOSAL_*}). The mentorship passes
 * its ids in ({@code MentorshipProcess.MENTORSHIP_ID}, {@code MENTEE_ID}, {@code MENTOR_ID}).
 */
public final class AmendmentProcess {

    public static final String KEY = "amendment";

    /** Who proposed the change, and who decides on it (the other side): person ids. */
    public static final ProcessVariable<String> PROPOSED_BY = ProcessVariable.of("amendmentProposedBy", String.class);
    public static final ProcessVariable<String> DECIDER = ProcessVariable.of("amendmentDecider", String.class);

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
