package org.mentorflow.registration;

/** Names shared by the registration models, their glue code and their tests: declared once, here. */
public final class RegistrationProcess {

    /** processes/registration.bpmn: business key and variable registrationId are the registration's id. */
    public static final String KEY = "registration";
    /** processes/alumni-access.bpmn: a mentee asks for the alumni-community access code. */
    public static final String ACCESS_KEY = "alumni-access";
    /** processes/mentor-eligibility.dmn */
    public static final String ELIGIBILITY_DECISION = "mentorEligibility";

    public static final String MESSAGE_EMAIL_VERIFIED = "EmailVerified";
    public static final String MESSAGE_NEW_LINK_REQUESTED = "NewVerificationLinkRequested";
    public static final String MESSAGE_ROLE_CHOSEN = "RoleChosen";
    public static final String MESSAGE_MENTOR_ANSWERS = "MentorQuestionsAnswered";
    public static final String MESSAGE_DOCUMENT_UPLOADED = "VerificationDocumentUploaded";

    public static final String TASK_MAIL_VERIFICATION_LINK = "Task_MailVerificationLink";
    public static final String TASK_AWAIT_EMAIL = "Task_AwaitEmailVerification";
    public static final String TIMER_LINK_EXPIRED = "Timer_VerificationExpired";
    public static final String TASK_AWAIT_ROLE = "Task_AwaitRoleChoice";
    public static final String TASK_AWAIT_MENTOR_ANSWERS = "Task_AwaitMentorAnswers";
    public static final String TASK_AWAIT_DOCUMENT = "Task_AwaitVerificationDocument";
    public static final String TASK_VERIFY_MENTOR = "Task_VerifyMentor";
    public static final String TASK_GRANT_ACCESS = "Task_GrantAlumniAccess";

    public static final String REGISTRATION_ID = "registrationId";
    public static final String VERIFICATION_EXPIRES_AFTER = "verificationExpiresAfter";
    public static final String WANTS_MENTEE = "wantsMentee";
    public static final String WANTS_MENTOR = "wantsMentor";

    // the inputs of the eligibility decision and its result (a map: eligible, reason)
    public static final String ALUMNUS = "alumnus";
    public static final String YEARS_AFTER_GRADUATION = "yearsAfterGraduation";
    public static final String HOLDS_DOCTORATE = "holdsDoctorate";
    public static final String MENTORS_MASTERS = "mentorsMastersStudents";
    public static final String MENTORS_DOCTORAL = "mentorsDoctoralStudents";
    public static final String NON_ALUMNI_WELCOME = "nonAlumniMentorsWelcome";
    public static final String ELIGIBILITY = "eligibility";

    public static final String DOCUMENT_ID = "documentId";
    /** Set by the coordinator's "Verify mentor" form: "approve" or "reject", with a message (required on reject). */
    public static final String MENTOR_DECISION = "mentorDecision";
    public static final String MENTOR_MESSAGE = "mentorMessage";
    /** Set by the coordinator's "Grant alumni access" form: "grant" or "decline", a message (required on decline), a code. */
    public static final String ACCESS_DECISION = "accessDecision";
    public static final String ACCESS_MESSAGE = "accessMessage";
    public static final String ACCESS_CODE = "accessCode";

    // --- Added with the engine-only model tests (RegistrationPathsTest, AlumniAccessPathsTest): the remaining ids and
    // --- names of both models, so tests walk every path without a string literal. Keep them in step with the .bpmn.

    // registration.bpmn: events, gateways and steps not named above
    public static final String START_REGISTERED = "StartEvent_Registered";
    public static final String GATEWAY_LINK_NEEDED = "Gateway_LinkNeeded";
    public static final String BOUNDARY_NEW_LINK_REQUESTED = "Boundary_NewLinkRequested";
    public static final String TASK_REMOVE_UNVERIFIED_ACCOUNT = "Task_RemoveUnverifiedAccount";
    public static final String END_ACCOUNT_REMOVED = "EndEvent_AccountRemoved";
    public static final String TASK_MARK_EMAIL_VERIFIED = "Task_MarkEmailVerified";
    public static final String GATEWAY_ROLE_NEEDED = "Gateway_RoleNeeded";
    public static final String TASK_RECORD_ROLE_CHOICE = "Task_RecordRoleChoice";
    public static final String GATEWAY_MENTOR_CHOSEN = "Gateway_MentorChosen";
    public static final String END_REGISTERED_AS_MENTEE = "EndEvent_RegisteredAsMentee";
    public static final String TASK_DECIDE_ELIGIBILITY = "Task_DecideMentorEligibility";
    public static final String TASK_RECORD_ELIGIBILITY = "Task_RecordEligibility";
    public static final String GATEWAY_ELIGIBLE = "Gateway_Eligible";
    public static final String GATEWAY_ALSO_MENTEE = "Gateway_AlsoMentee";
    public static final String END_MENTEE_ONLY = "EndEvent_MenteeOnly";
    public static final String GATEWAY_DOCUMENT_NEEDED = "Gateway_DocumentNeeded";
    public static final String GATEWAY_MENTOR_APPROVED = "Gateway_MentorApproved";
    public static final String TASK_MARK_MENTOR_VERIFIED = "Task_MarkMentorVerified";
    public static final String TASK_MAIL_MENTOR_APPROVED = "Task_MailMentorApproved";
    public static final String END_MENTOR_VERIFIED = "EndEvent_MentorVerified";
    public static final String TASK_RECORD_MENTOR_REJECTION = "Task_RecordMentorRejection";
    public static final String TASK_MAIL_MENTOR_REJECTED = "Task_MailMentorRejected";

    // alumni-access.bpmn: events, gateway and steps not named above
    public static final String START_ACCESS_REQUESTED = "StartEvent_AccessRequested";
    public static final String GATEWAY_ACCESS_GRANTED = "Gateway_AccessGranted";
    public static final String TASK_RECORD_ACCESS_GRANTED = "Task_RecordAccessGranted";
    public static final String TASK_MAIL_ACCESS_GRANTED = "Task_MailAccessGranted";
    public static final String END_FULL_ACCESS = "EndEvent_FullAccess";
    public static final String TASK_RECORD_ACCESS_DECLINED = "Task_RecordAccessDeclined";
    public static final String TASK_MAIL_ACCESS_DECLINED = "Task_MailAccessDeclined";
    public static final String END_ACCESS_DECLINED = "EndEvent_AccessDeclined";

    /** Output parameters of "Decide mentor eligibility": the decision's single result, as the gateway reads it. */
    public static final String ELIGIBLE = "eligible";
    public static final String ELIGIBILITY_REASON = "eligibilityReason";

    /** The answers the coordinators' forms offer and the gateways route on. */
    public static final String MENTOR_APPROVE = "approve";
    public static final String MENTOR_REJECT = "reject";
    public static final String ACCESS_GRANT = "grant";
    public static final String ACCESS_DECLINE = "decline";

    /**
     * Input parameters of every "Mail ..." send task: the template, and for the link mails the kind of link.
     * {@link SendRegistrationMail} reads them as literals, which ElementTemplatesTest reads back from its source.
     */
    public static final String MAIL = "mail";
    public static final String MAIL_LINK = "link";
    public static final String LINK_VERIFICATION = "verification";

    /** The templates the send tasks name in their {@link #MAIL} parameter. */
    public static final String MAIL_VERIFICATION_LINK = "verification-link";
    public static final String MAIL_MENTOR_APPROVED = "mentor-approved";
    public static final String MAIL_MENTOR_REJECTED = "mentor-rejected";
    public static final String MAIL_ACCESS_GRANTED = "alumni-access-granted";
    public static final String MAIL_ACCESS_DECLINED = "alumni-access-declined";

    // --- end of the block added with the engine-only model tests

    private RegistrationProcess() {
    }
}
