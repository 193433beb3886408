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

    private RegistrationProcess() {
    }
}
