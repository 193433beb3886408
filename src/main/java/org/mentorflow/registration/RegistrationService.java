package org.mentorflow.registration;

import static org.mentorflow.registration.RegistrationProcess.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.mentorflow.documents.DocumentKind;
import org.mentorflow.documents.Documents;
import org.mentorflow.documents.StoreResult;
import org.mentorflow.notifications.MailOutbox;
import org.mentorflow.people.NewPerson;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.security.VerifiedAccounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Registration seen from outside: the portal's pages call it, the registration process does its steps through
 * it, and other features ask it whether a person is verified ({@link #isVerified}) and may use everything
 * ({@link #hasFullAccess}). Each page action saves its data and moves the process in one transaction.
 */
@Service
public class RegistrationService implements VerifiedAccounts {

    /** What following a verification link found. */
    public enum LinkOutcome {
        VERIFIED,
        /** followed before: the account is verified already */
        ALREADY_USED,
        /** too old; the account still exists, so a new link can be sent */
        EXPIRED,
        /** too old, and the never-verified account is gone: register again */
        REMOVED,
        /** not ours, mistyped, or replaced by a newer link */
        UNKNOWN
    }

    /** Where a person's registration stands, i.e. what the role page shows them. */
    /** Why a mentor candidate cannot upload yet: the profile says too little to be listed. */
    public static final String PROFILE_FIRST = "registration.upload.profile-first";
    /** Why someone cannot choose the mentee role: the institution does not name them a student. */
    public static final String MENTEE_NOT_ADMITTED = "registration.role.mentee-not-admitted";

    public enum Stage {
        /** the account was made otherwise (demo data, a coordinator): nothing to do here */
        NOT_REGISTERED_HERE,
        AWAITING_EMAIL,
        CHOOSING_ROLE,
        ANSWERING_MENTOR_QUESTIONS,
        UPLOADING_DOCUMENT,
        WITH_COORDINATOR,
        /** a step is being carried out (a mail goes out); a moment later the next stage shows */
        IN_PROGRESS,
        DONE
    }

    private final RegistrationRepository registrations;
    private final PeopleService people;
    private final RuntimeService runtime;
    private final RegistrationSettings settings;
    private final Documents documents;
    private final MailOutbox outbox;
    private final Clock clock;
    private final GrantedAlumniAccess alumniAccess;
    private final MenteeAdmission menteeAdmission;

    RegistrationService(RegistrationRepository registrations, PeopleService people, RuntimeService runtime,
            RegistrationSettings settings, Documents documents, MailOutbox outbox, Clock clock, GrantedAlumniAccess alumniAccess,
            MenteeAdmission menteeAdmission) {
        this.registrations = registrations;
        this.people = people;
        this.runtime = runtime;
        this.settings = settings;
        this.documents = documents;
        this.outbox = outbox;
        this.clock = clock;
        this.alumniAccess = alumniAccess;
        this.menteeAdmission = menteeAdmission;
    }

    /**
     * Creates the participant and their Camunda login, unverified and without a role, and starts the process
     * that mails the verification link. The form was checked before ({@link RegistrationFormCheck}).
     */
    @Transactional
    public Registration register(NewRegistration data) {
        Person person = people.register(new NewPerson(data.username(), data.firstName(), data.lastName(), data.email(),
                data.language(), data.password(), false, false));
        person.setDateOfBirth(data.dateOfBirth());
        people.save(person);
        Registration registration = registrations.save(new Registration(person.getId(), now()));
        VariableMap variables = Variables.createVariables();
        REGISTRATION_ID.put(variables, registration.getId());
        VERIFICATION_EXPIRES_AFTER.put(variables, settings.getVerificationExpiresAfter());
        runtime.createProcessInstanceByKey(KEY)
                .businessKey(registration.businessKey())
                .setVariables(variables)
                .execute();
        return registration;
    }

    /**
     * Creates a participant whose address the institution's single sign-on confirmed: no link to mail, no password
     * anyone knows (only the institution logs them in), and the registration waits for the role choice at once.
     * Its process starts at "Mark e-mail verified", so the address is marked confirmed the one way a link does it.
     */
    @Transactional
    public Registration registerConfirmedByInstitution(String username, String firstName, String lastName, String email,
            String language) {
        Person person = people.register(new NewPerson(username, firstName, lastName, email, language,
                VerificationTokens.newToken(), false, false));
        Registration registration = registrations.save(new Registration(person.getId(), now()));
        VariableMap variables = Variables.createVariables();
        REGISTRATION_ID.put(variables, registration.getId());
        runtime.createProcessInstanceByKey(KEY)
                .businessKey(registration.businessKey())
                .setVariables(variables)
                .startBeforeActivity(TASK_MARK_EMAIL_VERIFIED)
                .execute();
        return registration;
    }

    /**
     * The institution confirmed the address of a person registered here: a registration still waiting for its link
     * goes on as if the link were followed. Nothing happens for anyone else.
     */
    @Transactional
    public void emailConfirmedByInstitution(String userId) {
        registrations.findByPersonId(userId)
                .filter(registration -> !registration.isVerified() && waitsAt(registration, TASK_AWAIT_EMAIL))
                .ifPresent(registration -> correlate(registration, MESSAGE_EMAIL_VERIFIED, Map.of()));
    }

    /** Whether the person may choose the mentee role ({@link MenteeAdmission}: single sign-on's affiliation). */
    @Transactional(readOnly = true)
    public boolean mayBecomeMentee(String userId) {
        return menteeAdmission.mayBecomeMentee(userId);
    }

    /** Follows a verification link: verifies the account if the link is the current one and still valid. */
    @Transactional
    public LinkOutcome verify(String token) {
        if (!VerificationTokens.plausible(token)) {
            return LinkOutcome.UNKNOWN;
        }
        Optional<Registration> found = registrations.findByTokenHash(VerificationTokens.hash(token));
        if (found.isEmpty()) {
            return LinkOutcome.UNKNOWN;
        }
        Registration registration = found.get();
        if (registration.isVerified()) {
            return LinkOutcome.ALREADY_USED;
        }
        if (registration.isRemoved()) {
            return LinkOutcome.REMOVED;
        }
        if (registration.tokenExpired(now())) {
            return LinkOutcome.EXPIRED;
        }
        if (!waitsAt(registration, TASK_AWAIT_EMAIL)) {
            return LinkOutcome.UNKNOWN;
        }
        correlate(registration, MESSAGE_EMAIL_VERIFIED, Map.of());
        return LinkOutcome.VERIFIED;
    }

    /**
     * Sends a new link if an unverified account has this address; the old link stops working. Says nothing
     * either way, so the form cannot be used to find out who is registered.
     */
    @Transactional
    public void requestNewLink(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        people.findByEmail(email.strip())
                .flatMap(person -> registrations.findByPersonId(person.getId()))
                .filter(registration -> !registration.isVerified() && waitsAt(registration, TASK_AWAIT_EMAIL))
                .ifPresent(registration -> {
                    registration.withdrawToken();
                    correlate(registration, MESSAGE_NEW_LINK_REQUESTED, Map.of());
                });
    }

    /**
     * Whether the person confirmed their e-mail address. People whose accounts were not made through the
     * portal's registration (demo data, coordinators) count as verified. The login asks this.
     */
    @Override
    @Transactional(readOnly = true)
    public boolean isVerified(String userId) {
        return registrations.findByPersonId(userId).map(Registration::isVerified).orElse(true);
    }

    /**
     * Whether the person may use everything, a mentor request included. Only where the programme asks for an
     * alumni-community access code (mentorflow.registration.access-code-required) does a mentee registered in
     * the portal need a coordinator's grant first.
     */
    @Transactional(readOnly = true)
    public boolean hasFullAccess(String userId) {
        return !settings.isAccessCodeRequired() || alumniAccess.granted(userId);
    }

    @Transactional(readOnly = true)
    public Optional<Registration> of(String userId) {
        return registrations.findByPersonId(userId);
    }

    @Transactional(readOnly = true)
    public Stage stage(String userId) {
        Optional<Registration> registration = registrations.findByPersonId(userId);
        if (registration.isEmpty()) {
            return Stage.NOT_REGISTERED_HERE;
        }
        ProcessInstance process = process(registration.get());
        if (process == null) {
            return Stage.DONE;
        }
        List<String> active = runtime.getActiveActivityIds(process.getId());
        if (active.contains(TASK_AWAIT_EMAIL) || active.contains(TASK_MAIL_VERIFICATION_LINK)) {
            return Stage.AWAITING_EMAIL;
        }
        if (active.contains(TASK_AWAIT_ROLE)) {
            return Stage.CHOOSING_ROLE;
        }
        if (active.contains(TASK_AWAIT_MENTOR_ANSWERS)) {
            return Stage.ANSWERING_MENTOR_QUESTIONS;
        }
        if (active.contains(TASK_AWAIT_DOCUMENT)) {
            return Stage.UPLOADING_DOCUMENT;
        }
        if (active.contains(TASK_VERIFY_MENTOR)) {
            return Stage.WITH_COORDINATOR;
        }
        return Stage.IN_PROGRESS;
    }

    /** The verified person says how they take part: mentee, mentor, or both. */
    @Transactional
    public void chooseRole(String userId, boolean mentee, boolean mentor) {
        if (!mentee && !mentor) {
            throw new RegistrationStepException("registration.role.required");
        }
        if (mentee && !menteeAdmission.mayBecomeMentee(userId)) {
            throw new RegistrationStepException(MENTEE_NOT_ADMITTED);
        }
        Registration registration = waiting(userId, TASK_AWAIT_ROLE);
        VariableMap roles = Variables.createVariables();
        WANTS_MENTEE.put(roles, mentee);
        WANTS_MENTOR.put(roles, mentor);
        correlate(registration, MESSAGE_ROLE_CHOSEN, roles);
    }

    /**
     * The mentor candidate's answers go to the eligibility decision; the process records its outcome at once.
     *
     * @return the registration with the decision's outcome (eligible, reason)
     */
    @Transactional
    public Registration answerMentorQuestions(String userId, MentorAnswers answers) {
        Registration registration = waiting(userId, TASK_AWAIT_MENTOR_ANSWERS);
        VariableMap decisionInputs = Variables.createVariables();
        ALUMNUS.put(decisionInputs, answers.alumnus());
        YEARS_AFTER_GRADUATION.put(decisionInputs, answers.yearsAfterGraduation());
        HOLDS_DOCTORATE.put(decisionInputs, answers.holdsDoctorate());
        MENTORS_MASTERS.put(decisionInputs, answers.mentorsMastersStudents());
        MENTORS_DOCTORAL.put(decisionInputs, answers.mentorsDoctoralStudents());
        NON_ALUMNI_WELCOME.put(decisionInputs, settings.isNonAlumniMentorsWelcome());
        correlate(registration, MESSAGE_MENTOR_ANSWERS, decisionInputs);
        return registration;
    }

    /** Stores the verification document and hands it to the coordinators, or says why it cannot be taken. */
    @Transactional
    public StoreResult uploadVerificationDocument(String userId, MultipartFile file) {
        Registration registration = waiting(userId, TASK_AWAIT_DOCUMENT);
        // the team verifies someone mentees could choose: an empty profile would be verified but never listed
        if (!people.get(userId).hasListableMentorProfile()) {
            throw new RegistrationStepException(PROFILE_FIRST);
        }
        StoreResult result = documents.store(userId, DocumentKind.VERIFICATION, file);
        if (result.stored()) {
            VariableMap document = Variables.createVariables();
            DOCUMENT_ID.put(document, result.document().id());
            correlate(registration, MESSAGE_DOCUMENT_UPLOADED, document);
        }
        return result;
    }

    /** A mentee asks a coordinator for the alumni-community access code (only where the programme needs one). */
    @Transactional
    public void requestAlumniAccess(String userId, String note) {
        if (hasFullAccess(userId)) {
            throw new RegistrationStepException("registration.access.not-needed");
        }
        Registration registration = registrations.findByPersonId(userId).orElseThrow();
        if (!people.get(userId).isMentee()) {
            throw new RegistrationStepException("registration.access.mentees-only");
        }
        if (registration.getAccessStatus() == Registration.AccessStatus.REQUESTED) {
            throw new RegistrationStepException("registration.access.already-requested");
        }
        registration.accessRequested(note == null || note.isBlank() ? null : note.strip());
        VariableMap variables = Variables.createVariables();
        AlumniAccessProcess.REGISTRATION_ID.put(variables, registration.getId());
        runtime.createProcessInstanceByKey(AlumniAccessProcess.KEY)
                .businessKey(registration.businessKey())
                .setVariables(variables)
                .execute();
    }

    // --- the steps of the processes -------------------------------------------------------------

    @Transactional(readOnly = true)
    public Registration get(long registrationId) {
        return registrations.findById(registrationId)
                .orElseThrow(() -> new IllegalArgumentException("There is no registration " + registrationId));
    }

    /** A new secret for the link in the mail about to go out; any earlier link stops working. */
    @Transactional
    String issueVerificationToken(long registrationId, Duration validFor) {
        String token = VerificationTokens.newToken();
        get(registrationId).issueToken(VerificationTokens.hash(token), now().plus(validFor));
        return token;
    }

    @Transactional
    void markVerified(long registrationId) {
        get(registrationId).verified(now());
    }

    /** The link expired unused: the account goes for good, with its files and mails. */
    @Transactional
    void removeUnverifiedAccount(long registrationId) {
        Registration registration = get(registrationId);
        if (registration.isVerified()) {
            throw new IllegalStateException("Registration " + registrationId + " is verified; its account stays");
        }
        String personId = registration.getPersonId();
        if (personId == null) {
            return; // removed already (a retried step)
        }
        documents.deleteAll(personId);
        outbox.forget(personId);
        registration.removed(now());
        registrations.flush();
        people.deleteUnusedAccount(personId);
    }

    @Transactional
    void recordRoleChoice(long registrationId, boolean mentee, boolean mentor) {
        Registration registration = get(registrationId);
        registration.roleChosen(mentee, mentor);
        // chooseRole refused it before; asked again where the role is granted, for any other way into this step
        if (mentee && menteeAdmission.mayBecomeMentee(registration.getPersonId())) {
            people.becomeMentee(registration.getPersonId());
        }
    }

    /** Keeps the answers and the decision; an eligible candidate becomes a mentor, listed once verified. */
    @Transactional
    void recordEligibility(long registrationId, MentorAnswers answers, boolean eligible, String reason) {
        Registration registration = get(registrationId);
        registration.mentorAnswers(answers, eligible, reason);
        if (eligible) {
            Person mentor = people.becomeMentor(registration.getPersonId());
            mentor.getMentoringLevels().clear();
            mentor.getMentoringLevels().addAll(answers.levels());
            people.save(mentor);
        }
    }

    /** The coordinator's check of the document: approval makes the mentor verified, so the search lists them. */
    @Transactional
    void recordMentorDecision(long registrationId, boolean approved, String message) {
        Registration registration = get(registrationId);
        registration.mentorDecided(approved ? Registration.MentorDecision.APPROVED : Registration.MentorDecision.REJECTED,
                message);
        if (approved) {
            Person mentor = people.get(registration.getPersonId());
            mentor.setMentorVerified(true);
            people.save(mentor);
        }
    }

    @Transactional
    void recordAccessDecision(long registrationId, boolean granted, String message) {
        get(registrationId).accessDecided(granted, message);
    }

    // --- helpers ------------------------------------------------------------------------------------

    private Registration waiting(String userId, String activityId) {
        Registration registration = registrations.findByPersonId(userId)
                .orElseThrow(() -> new RegistrationStepException("registration.error.not-now"));
        if (!waitsAt(registration, activityId)) {
            throw new RegistrationStepException("registration.error.not-now");
        }
        return registration;
    }

    /** Asked before correlating: a failed correlation would mark the whole transaction for rollback. */
    private boolean waitsAt(Registration registration, String activityId) {
        return runtime.createExecutionQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(registration.businessKey())
                .activityId(activityId).count() > 0;
    }

    private ProcessInstance process(Registration registration) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(registration.businessKey()).singleResult();
    }

    private void correlate(Registration registration, String message, Map<String, Object> variables) {
        runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(registration.businessKey())
                .setVariables(variables)
                .correlateWithResult();
    }

    private Instant now() {
        return clock.instant();
    }
}
