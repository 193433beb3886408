package org.mentorflow.registration;

import org.mentorflow.system.ProcessVariable;

/**
 * Names shared by processes/registration.bpmn, the eligibility decision it asks, their glue code and their tests:
 * declared once, here. Each process variable with the type its value is stored as ({@link ProcessVariable});
 * {@code .name()} is what the model, forms, correlations and queries use. The alumni-access model has its own
 * class ({@link AlumniAccessProcess}).
 */
public final class RegistrationProcess {

    /** processes/registration.bpmn: business key and variable registrationId are the registration's id. */
    public static final String KEY = "registration";
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

    public static final ProcessVariable<Long> REGISTRATION_ID = ProcessVariable.of("registrationId", Long.class);
    /** ISO-8601: how long the verification link works, fixed when the registration starts. */
    public static final ProcessVariable<String> VERIFICATION_EXPIRES_AFTER = ProcessVariable.of("verificationExpiresAfter", String.class);
    public static final ProcessVariable<Boolean> WANTS_MENTEE = ProcessVariable.of("wantsMentee", Boolean.class);
    public static final ProcessVariable<Boolean> WANTS_MENTOR = ProcessVariable.of("wantsMentor", Boolean.class);

    // the inputs of the eligibility decision, and its outcome (output parameters of "Decide mentor eligibility")
    public static final ProcessVariable<Boolean> ALUMNUS = ProcessVariable.of("alumnus", Boolean.class);
    public static final ProcessVariable<Integer> YEARS_AFTER_GRADUATION = ProcessVariable.of("yearsAfterGraduation", Integer.class);
    public static final ProcessVariable<Boolean> HOLDS_DOCTORATE = ProcessVariable.of("holdsDoctorate", Boolean.class);
    public static final ProcessVariable<Boolean> MENTORS_MASTERS = ProcessVariable.of("mentorsMastersStudents", Boolean.class);
    public static final ProcessVariable<Boolean> MENTORS_DOCTORAL = ProcessVariable.of("mentorsDoctoralStudents", Boolean.class);
    public static final ProcessVariable<Boolean> NON_ALUMNI_WELCOME = ProcessVariable.of("nonAlumniMentorsWelcome", Boolean.class);
    public static final ProcessVariable<Boolean> ELIGIBLE = ProcessVariable.of("eligible", Boolean.class);
    public static final ProcessVariable<String> ELIGIBILITY_REASON = ProcessVariable.of("eligibilityReason", String.class);

    public static final ProcessVariable<Long> DOCUMENT_ID = ProcessVariable.of("documentId", Long.class);
    /** Set by the coordinator's "Verify mentor" form: "approve" or "reject", with a message (required on reject). */
    public static final ProcessVariable<String> MENTOR_DECISION = ProcessVariable.of("mentorDecision", String.class);
    public static final ProcessVariable<String> MENTOR_MESSAGE = ProcessVariable.of("mentorMessage", String.class);

    // shown on "Verify mentor" (task-local, written by ShowMentorCandidate; never the date of birth)
    public static final ProcessVariable<String> CANDIDATE_NAME = ProcessVariable.of("candidateName", String.class);
    public static final ProcessVariable<String> CANDIDATE_EMAIL = ProcessVariable.of("candidateEmail", String.class);
    public static final ProcessVariable<String> CANDIDATE_REGISTERED_ON = ProcessVariable.of("registeredOn", String.class);
    public static final ProcessVariable<String> CANDIDATE_ROLES = ProcessVariable.of("candidateRoles", String.class);
    public static final ProcessVariable<String> ANSWER_ALUMNUS = ProcessVariable.of("answerAlumnus", String.class);
    public static final ProcessVariable<String> ANSWER_YEARS = ProcessVariable.of("answerYears", String.class);
    public static final ProcessVariable<String> ANSWER_DOCTORATE = ProcessVariable.of("answerDoctorate", String.class);
    public static final ProcessVariable<String> ANSWER_LEVELS = ProcessVariable.of("answerLevels", String.class);
    public static final ProcessVariable<String> DOCUMENT_NAME = ProcessVariable.of("documentName", String.class);
    public static final ProcessVariable<String> DOCUMENT_LINK = ProcessVariable.of("documentLink", String.class);
    public static final ProcessVariable<String> DOCUMENT_TYPE = ProcessVariable.of("documentType", String.class);
    public static final ProcessVariable<String> DOCUMENT_UPLOADED_ON = ProcessVariable.of("documentUploadedOn", String.class);
    /** What the candidate was told when an earlier document was rejected; empty the first time. */
    public static final ProcessVariable<String> PREVIOUS_REJECTION = ProcessVariable.of("previousRejection", String.class);

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


    /** The answers the coordinators' forms offer and the gateways route on. */
    public static final String MENTOR_APPROVE = "approve";
    public static final String MENTOR_REJECT = "reject";

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

    // --- end of the block added with the engine-only model tests

    private RegistrationProcess() {
    }
}
