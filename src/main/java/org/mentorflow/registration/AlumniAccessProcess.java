package org.mentorflow.registration;

import org.mentorflow.system.ProcessVariable;

/**
 * Names shared by processes/alumni-access.bpmn (a mentee asks a coordinator for the alumni-community access code),
 * its glue code and its tests: declared once, here, each process variable with the type its value is stored as
 * ({@link ProcessVariable}).
 */
public final class AlumniAccessProcess {

    /** Business key and variable registrationId are the registration's, as in the registration's own process. */
    public static final String KEY = "alumni-access";

    public static final String TASK_GRANT_ACCESS = "Task_GrantAlumniAccess";

    /** The same variable as the registration's (its id), not a second declaration. */
    public static final ProcessVariable<Long> REGISTRATION_ID = RegistrationProcess.REGISTRATION_ID;
    /** Set by the coordinator's "Grant alumni access" form: "grant" or "decline", a message (required on decline), a code. */
    public static final ProcessVariable<String> ACCESS_DECISION = ProcessVariable.of("accessDecision", String.class);
    public static final ProcessVariable<String> ACCESS_MESSAGE = ProcessVariable.of("accessMessage", String.class);
    public static final ProcessVariable<String> ACCESS_CODE = ProcessVariable.of("accessCode", String.class);

    // shown on "Grant alumni access" (task-local, written by ShowAccessRequest)
    public static final ProcessVariable<String> REQUESTER_NAME = ProcessVariable.of("requesterName", String.class);
    public static final ProcessVariable<String> REQUESTER_EMAIL = ProcessVariable.of("requesterEmail", String.class);
    public static final ProcessVariable<String> REQUESTER_REGISTERED_ON = ProcessVariable.of("registeredOn", String.class);
    /** The mentee's note to the coordinator, or "(no note)". */
    public static final ProcessVariable<String> REQUEST_NOTE = ProcessVariable.of("requestNote", String.class);

    // activity ids (shared by code and tests)
    public static final String START_ACCESS_REQUESTED = "StartEvent_AccessRequested";
    public static final String GATEWAY_ACCESS_GRANTED = "Gateway_AccessGranted";
    public static final String TASK_RECORD_ACCESS_GRANTED = "Task_RecordAccessGranted";
    public static final String TASK_MAIL_ACCESS_GRANTED = "Task_MailAccessGranted";
    public static final String END_FULL_ACCESS = "EndEvent_FullAccess";
    public static final String TASK_RECORD_ACCESS_DECLINED = "Task_RecordAccessDeclined";
    public static final String TASK_MAIL_ACCESS_DECLINED = "Task_MailAccessDeclined";
    public static final String END_ACCESS_DECLINED = "EndEvent_AccessDeclined";

    /** The answers the coordinator's form offers and the gateway routes on. */
    public static final String ACCESS_GRANT = "grant";
    public static final String ACCESS_DECLINE = "decline";

    /** The templates its send tasks name. */
    public static final String MAIL_ACCESS_GRANTED = "alumni-access-granted";
    public static final String MAIL_ACCESS_DECLINED = "alumni-access-declined";

    private AlumniAccessProcess() {
    }
}
