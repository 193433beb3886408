package org.mentorflow.coordinatormail;

/** Names of processes/coordinator-task-digest.bpmn shared by its glue code and tests. */
public final class CoordinatorTaskDigestProcess {

    public static final String KEY = "coordinator-task-digest";

    public static final String START_DIGEST_DUE = "StartEvent_DigestDue";
    public static final String TASK_MAIL_DIGEST = "Task_MailDigest";
    public static final String END_DIGEST_MAILED = "EndEvent_DigestMailed";

    private CoordinatorTaskDigestProcess() {
    }
}
