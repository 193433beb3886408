package org.mentorflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mentorflow.registration.RegistrationJourney.*;
import static org.mentorflow.registration.RegistrationProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.system.StepRefusedException;
import org.mentorflow.directory.MentorDirectory;
import org.mentorflow.directory.MentorQuery;
import org.mentorflow.documents.DocumentKind;
import org.mentorflow.documents.Documents;
import org.mentorflow.notifications.ReceivedMail;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.Person;
import org.mentorflow.people.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of processes/registration.bpmn, driven as the portal drives it, on PostgreSQL, with real mail. */
class RegistrationProcessTest extends IntegrationTest {

    private static final Instant START = Instant.parse("2026-04-06T08:00:00Z");

    @Autowired
    RegistrationService registrations;
    @Autowired
    RegistrationRepository rows;
    @Autowired
    IdentityService identity;
    @Autowired
    Documents documents;
    @Autowired
    MentorDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    private NewRegistration data;

    @BeforeEach
    void startTheClock() {
        ClockUtil.setCurrentTime(Date.from(START));
        data = newRegistration("en");
    }

    // --- the e-mail link ---------------------------------------------------------------------------

    @Test
    void registrationMakesAnUnverifiedAccountWithoutRoleAndMailsTheLink() {
        Registration registration = registrations.register(data);
        ProcessInstance process = processOf(registration);

        assertThat(process).isWaitingAt(TASK_MAIL_VERIFICATION_LINK);
        Person person = peopleService.get(data.username());
        assertThat(person.getDateOfBirth()).isEqualTo(data.dateOfBirth());
        assertThat(person.isMentee()).isFalse();
        assertThat(person.isMentor()).isFalse();
        assertThat(identity.checkPassword(data.username(), PASSWORD)).isTrue();
        assertThat(identity.createGroupQuery().groupMember(data.username()).count()).isZero();
        assertThat(registrations.isVerified(data.username())).isFalse();
        assertThat(registrations.stage(data.username())).isEqualTo(RegistrationService.Stage.AWAITING_EMAIL);
        assertThat(SMTP.getReceivedMessages()).as("the mail is its own step").isEmpty();
        assertThat(runtimeVariables(process)).containsOnlyKeys(REGISTRATION_ID.name(), VERIFICATION_EXPIRES_AFTER.name());
        assertThat(listed(person)).as("nobody unverified in the mentor search").isFalse();

        execute(job(TASK_MAIL_VERIFICATION_LINK, process));

        assertThat(process).isWaitingAt(TASK_AWAIT_EMAIL);
        ReceivedMail mail = single(ReceivedMail.to(SMTP.getReceivedMessages(), data.email()));
        assertThat(mail.subject()).isEqualTo("Please confirm your e-mail address for MentorFlow Alumni Mentoring");
        assertThat(mail.text()).startsWith("Hello Rita,").contains("within 7 days")
                .containsPattern(LINK.pattern());
        String token = lastToken(SMTP.getReceivedMessages(), data.email());
        assertThat(mail.html()).contains("href=\"http://mentorflow.test/register/verify/" + token + "\"");
        Registration row = rows.findById(registration.getId()).orElseThrow();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(jdbc.queryForObject("select token_hash from registration where id = ?", String.class, registration.getId()))
                .as("only the hash is stored").isEqualTo(VerificationTokens.hash(token)).isNotEqualTo(token);
        assertThat(row.getTokenExpiresAt()).isEqualTo(START.plus(Duration.ofDays(7)));
        Job timer = expiryTimer(process);
        assertThat(timer.getDuedate()).isEqualTo(Date.from(START.plus(Duration.ofDays(7))));
    }

    @Test
    void followingTheLinkInTimeVerifiesTheAccountOnce() {
        Registration registration = registeredAndMailed(registrations, data);
        ProcessInstance process = processOf(registration);
        String token = lastToken(SMTP.getReceivedMessages(), data.email());
        ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(6))));

        assertThat(registrations.verify(token)).isEqualTo(RegistrationService.LinkOutcome.VERIFIED);

        assertThat(process).hasPassed(TASK_AWAIT_EMAIL, TASK_MARK_EMAIL_VERIFIED).isWaitingAt(TASK_AWAIT_ROLE);
        assertThat(registrations.isVerified(data.username())).isTrue();
        assertThat(registrations.stage(data.username())).isEqualTo(RegistrationService.Stage.CHOOSING_ROLE);
        assertThat(managementService().createJobQuery().processInstanceId(process.getId()).count())
                .as("the expiry timer is gone").isZero();
        assertThat(registrations.verify(token)).as("a reused link").isEqualTo(RegistrationService.LinkOutcome.ALREADY_USED);
        assertThat(registrations.verify("n0tAT0kenWeEverSentAnyb0dy")).isEqualTo(RegistrationService.LinkOutcome.UNKNOWN);
        assertThat(registrations.verify("../../etc/passwd")).isEqualTo(RegistrationService.LinkOutcome.UNKNOWN);
    }

    @Test
    void aNeverVerifiedAccountIsRemovedWithEverythingWhenTheLinkExpires() {
        Registration registration = registeredAndMailed(registrations, data);
        ProcessInstance process = processOf(registration);
        String token = lastToken(SMTP.getReceivedMessages(), data.email());
        Job timer = expiryTimer(process);

        ClockUtil.setCurrentTime(timer.getDuedate());
        assertThat(registrations.verify(token)).as("expired, before the timer ran").isEqualTo(RegistrationService.LinkOutcome.EXPIRED);
        assertThat(process).isWaitingAt(TASK_AWAIT_EMAIL);
        execute(timer);

        assertThat(process).hasPassed(TIMER_LINK_EXPIRED, TASK_REMOVE_UNVERIFIED_ACCOUNT)
                .isEnded().hasPassed(END_ACCOUNT_REMOVED).hasNotPassed(TASK_MARK_EMAIL_VERIFIED);
        assertThat(peopleService.find(data.username())).isEmpty();
        assertThat(identity.createUserQuery().userId(data.username()).count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where recipient_person_id = ?", Long.class,
                data.username())).as("the verification mail held name and address").isZero();
        assertThat(documents.latest(data.username(), DocumentKind.VERIFICATION)).isEmpty();
        Registration row = rows.findById(registration.getId()).orElseThrow();
        assertThat(row.getPersonId()).isNull();
        assertThat(row.isRemoved()).isTrue();
        assertThat(registrations.verify(token)).isEqualTo(RegistrationService.LinkOutcome.REMOVED);
        assertThat(historicVariables(process)).as("the history names nobody")
                .doesNotContain(data.username(), data.email(), data.lastName());
        assertThat(peopleService.emailTaken(data.email())).as("the address can register again").isFalse();
    }

    @Test
    void aNewLinkReplacesTheOldOneAndRestartsTheClock() {
        Registration registration = registeredAndMailed(registrations, data);
        ProcessInstance process = processOf(registration);
        String first = lastToken(SMTP.getReceivedMessages(), data.email());
        Instant later = START.plus(Duration.ofDays(3));
        ClockUtil.setCurrentTime(Date.from(later));

        registrations.requestNewLink(data.email().toUpperCase());

        assertThat(process).hasPassed(BOUNDARY_NEW_LINK_REQUESTED).isWaitingAt(TASK_MAIL_VERIFICATION_LINK);
        assertThat(registrations.verify(first)).as("the old link stops at once").isEqualTo(RegistrationService.LinkOutcome.UNKNOWN);
        execute(job(TASK_MAIL_VERIFICATION_LINK, process));
        String second = lastToken(SMTP.getReceivedMessages(), data.email());
        assertThat(second).isNotEqualTo(first);
        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), data.email())).hasSize(2);
        assertThat(expiryTimer(process).getDuedate()).isEqualTo(Date.from(later.plus(Duration.ofDays(7))));

        assertThat(registrations.verify(second)).isEqualTo(RegistrationService.LinkOutcome.VERIFIED);
        assertThat(registrations.verify(first)).isEqualTo(RegistrationService.LinkOutcome.UNKNOWN);
    }

    @Test
    void askingForANewLinkRevealsNothingAndMailsOnlyUnverifiedAccounts() {
        Registration registration = verified(registrations, data, SMTP::getReceivedMessages);
        clearMailbox();

        registrations.requestNewLink(data.email());
        registrations.requestNewLink("nobody-" + data.email());
        registrations.requestNewLink(people.mentee().getEmail());
        registrations.requestNewLink(" ");

        assertThat(processOf(registration)).isWaitingAt(TASK_AWAIT_ROLE);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void stepsOutOfTurnAreRefused() {
        registeredAndMailed(registrations, data);

        assertThatThrownBy(() -> registrations.chooseRole(data.username(), true, false))
                .isInstanceOf(RegistrationStepException.class).extracting("messageKey").isEqualTo("registration.error.not-now");
        assertThatThrownBy(() -> registrations.answerMentorQuestions(data.username(), eligibleAnswers()))
                .isInstanceOf(RegistrationStepException.class);
        assertThatThrownBy(() -> registrations.uploadVerificationDocument(data.username(), file("d.pdf", "application/pdf", PDF)))
                .isInstanceOf(RegistrationStepException.class);
        assertThatThrownBy(() -> registrations.chooseRole(people.mentee().getId(), true, false))
                .as("no portal registration").isInstanceOf(RegistrationStepException.class);
        assertThat(documents.latest(data.username(), DocumentKind.VERIFICATION)).isEmpty();
    }

    @Test
    void peopleMadeOutsideTheRegistrationCountAsVerifiedWithFullAccess() {
        Person mentee = people.mentee();

        assertThat(registrations.isVerified(mentee.getId())).isTrue();
        assertThat(registrations.hasFullAccess(mentee.getId())).isTrue();
        assertThat(registrations.stage(mentee.getId())).isEqualTo(RegistrationService.Stage.NOT_REGISTERED_HERE);
    }

    // --- roles ---------------------------------------------------------------------------------------

    @Test
    void aMenteeIsRegisteredAtOnce() {
        ProcessInstance process = processOf(verified(registrations, data, SMTP::getReceivedMessages));

        registrations.chooseRole(data.username(), true, false);

        assertThat(process).isEnded().hasPassed(TASK_RECORD_ROLE_CHOICE, END_REGISTERED_AS_MENTEE);
        Person person = peopleService.get(data.username());
        assertThat(person.isMentee()).isTrue();
        assertThat(person.isMentor()).isFalse();
        assertThat(groupsOf(data.username())).containsExactly(Groups.MENTEES);
        assertThat(registrations.stage(data.username())).isEqualTo(RegistrationService.Stage.DONE);
        assertThat(registrations.hasFullAccess(data.username())).as("no access code in this programme").isTrue();
    }

    @Test
    void chooseRoleNeedsARole() {
        verified(registrations, data, SMTP::getReceivedMessages);

        assertThatThrownBy(() -> registrations.chooseRole(data.username(), false, false))
                .isInstanceOf(RegistrationStepException.class).extracting("messageKey").isEqualTo("registration.role.required");
    }

    // --- mentors -------------------------------------------------------------------------------------

    @Test
    void anEligibleMentorUploadsADocumentAndIsListedOnceACoordinatorApproves() {
        Registration registration = verified(registrations, data, SMTP::getReceivedMessages);
        ProcessInstance process = processOf(registration);
        registrations.chooseRole(data.username(), true, true);
        assertThat(process).isWaitingAt(TASK_AWAIT_MENTOR_ANSWERS);
        assertThat(registrations.stage(data.username())).isEqualTo(RegistrationService.Stage.ANSWERING_MENTOR_QUESTIONS);

        Registration answered = registrations.answerMentorQuestions(data.username(), new MentorAnswers(false, 6, true, true, true));

        assertThat(answered.getEligible()).isTrue();
        assertThat(answered.getEligibilityReason()).isEqualTo("registration.eligibility.eligible");
        assertThat(process).hasPassed(TASK_DECIDE_ELIGIBILITY, TASK_RECORD_ELIGIBILITY).isWaitingAt(TASK_AWAIT_DOCUMENT);
        Person candidate = peopleService.get(data.username());
        assertThat(candidate.isMentor()).isTrue();
        assertThat(candidate.isMentorVerified()).isFalse();
        assertThat(candidate.getMentoringLevels()).containsExactlyInAnyOrder(MentoringLevel.MASTERS, MentoringLevel.DOCTORAL);
        assertThat(groupsOf(data.username())).containsExactlyInAnyOrder(Groups.MENTEES, Groups.MENTORS);
        assertThat(listed(candidate)).as("not listed before the check").isFalse();

        assertThatThrownBy(() -> registrations.uploadVerificationDocument(data.username(), file("diploma.pdf", "application/pdf", PDF)))
                .as("the profile comes first").isInstanceOf(RegistrationStepException.class)
                .hasMessage(RegistrationService.PROFILE_FIRST);
        people.fillMentorProfile(data.username());
        assertThat(registrations.uploadVerificationDocument(data.username(), file("diploma.pdf", "application/pdf", PDF)).stored()).isTrue();

        assertThat(process).isWaitingAt(TASK_VERIFY_MENTOR);
        assertThat(registrations.stage(data.username())).isEqualTo(RegistrationService.Stage.WITH_COORDINATOR);
        Task check = task(process);
        assertThat(check.getName()).isEqualTo("Verify mentor");
        assertThat(check.getAssignee()).isNull();
        assertThat(taskService().getIdentityLinksForTask(check.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly(Groups.COORDINATORS);
        long documentId = documents.latest(data.username(), DocumentKind.VERIFICATION).orElseThrow().id();
        assertThat(taskService().getVariablesLocal(check.getId()))
                .containsEntry("candidateName", "Rita " + data.lastName())
                .containsEntry("candidateEmail", data.email())
                .containsEntry("candidateRoles", "mentor and mentee")
                .containsEntry("answerAlumnus", "no")
                .containsEntry("answerYears", "6")
                .containsEntry("answerDoctorate", "yes")
                .containsEntry("answerLevels", "master's students, doctoral students")
                .containsEntry("documentName", "diploma.pdf")
                .containsEntry("documentLink", "/documents/" + documentId)
                .containsEntry("documentType", "PDF")
                .containsEntry("previousRejection", "")
                .doesNotContainKeys("dateOfBirth", "candidateDateOfBirth");
        assertThat(taskService().getVariablesLocal(check.getId()).values().toString()).doesNotContain("1994");

        complete(check, withVariables(MENTOR_DECISION.name(), "approve"));

        assertThat(process).hasPassed(TASK_MARK_MENTOR_VERIFIED).isWaitingAt(TASK_MAIL_MENTOR_APPROVED);
        assertThat(peopleService.get(data.username()).isMentorVerified()).isTrue();
        assertThat(listed(candidate)).as("listed in the mentor search").isTrue();
        execute(job(TASK_MAIL_MENTOR_APPROVED, process));
        assertThat(process).isEnded().hasPassed(END_MENTOR_VERIFIED);
        ReceivedMail mail = single(ReceivedMail.to(SMTP.getReceivedMessages(), data.email()).stream()
                .filter(m -> m.subject().contains("mentor")).toList());
        assertThat(mail.subject()).isEqualTo("You are verified as a mentor");
        assertThat(mail.text()).contains("http://mentorflow.test/my");
        assertThat(rows.findById(registration.getId()).orElseThrow().getMentorDecision()).isEqualTo(Registration.MentorDecision.APPROVED);
        assertThat(registrations.stage(data.username())).isEqualTo(RegistrationService.Stage.DONE);
    }

    /** The form's text component renders Markdown and HTML: a file name is the candidate's text, shown as typed. */
    @Test
    void aDocumentsFileNameReachesTheCoordinatorsFormAsPlainText() {
        Registration registration = verified(registrations, newRegistration("en"), SMTP::getReceivedMessages);
        String username = registration.getPersonId();
        registrations.chooseRole(username, false, true);
        registrations.answerMentorQuestions(username, eligibleAnswers());
        people.fillMentorProfile(username);

        registrations.uploadVerificationDocument(username, file("<img src=x onerror=alert(1)>.pdf", "application/pdf", PDF));

        assertThat(taskService().getVariablesLocal(task(processOf(registration)).getId()))
                .containsEntry("documentName", "&lt;img src=x onerror=alert\\(1\\)&gt;.pdf");
    }

    @Test
    void aRejectedMentorHearsWhyUploadsAgainAndIsApproved() {
        Registration registration = verified(registrations, newRegistration("de"), SMTP::getReceivedMessages);
        String username = registration.getPersonId();
        String email = peopleService.get(username).getEmail();
        ProcessInstance process = processOf(registration);
        registrations.chooseRole(username, false, true);
        registrations.answerMentorQuestions(username, eligibleAnswers());
        people.fillMentorProfile(username);
        registrations.uploadVerificationDocument(username, file("foto.jpg", "image/jpeg", JPEG));
        clearMailbox();

        assertThatThrownBy(() -> complete(task(process), withVariables(MENTOR_DECISION.name(), "reject", MENTOR_MESSAGE.name(), " ")))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("reject with a message that says what is missing");
        assertThatThrownBy(() -> complete(task(process), withVariables(MENTOR_DECISION.name(), "maybe")))
                .isInstanceOf(StepRefusedException.class);
        complete(task(process), withVariables(MENTOR_DECISION.name(), "reject",
                MENTOR_MESSAGE.name(), "The photo is unreadable. Please upload a scan of your diploma."));

        assertThat(process).hasPassed(TASK_RECORD_MENTOR_REJECTION).isWaitingAt(TASK_MAIL_MENTOR_REJECTED);
        assertThat(peopleService.get(username).isMentorVerified()).isFalse();
        execute(job(TASK_MAIL_MENTOR_REJECTED, process));
        assertThat(process).isWaitingAt(TASK_AWAIT_DOCUMENT);
        ReceivedMail rejection = single(ReceivedMail.to(SMTP.getReceivedMessages(), email));
        assertThat(rejection.subject()).isEqualTo("Für Ihre Prüfung als Mentor:in brauchen wir ein anderes Dokument");
        assertThat(rejection.text()).contains("The photo is unreadable. Please upload a scan of your diploma.",
                "http://mentorflow.test/register/mentor/document");
        Registration row = rows.findById(registration.getId()).orElseThrow();
        assertThat(row.getMentorDecision()).isEqualTo(Registration.MentorDecision.REJECTED);

        registrations.uploadVerificationDocument(username, file("diploma-scan.pdf", "application/pdf", PDF));

        Task again = task(process);
        assertThat(taskService().getVariablesLocal(again.getId()))
                .containsEntry("documentName", "diploma-scan.pdf")
                .containsEntry("previousRejection", "You rejected an earlier document: The photo is unreadable. Please upload a scan of your diploma.");
        assertThat(taskService().getVariables(again.getId())).as("last round's answer is cleared")
                .doesNotContainKeys(MENTOR_DECISION.name(), MENTOR_MESSAGE.name());
        complete(again, withVariables(MENTOR_DECISION.name(), MENTOR_APPROVE));
        execute(job(TASK_MAIL_MENTOR_APPROVED, process));

        assertThat(process).isEnded().hasPassed(END_MENTOR_VERIFIED);
        assertThat(peopleService.get(username).isMentorVerified()).isTrue();
    }

    @Test
    void anIneligibleCandidateWhoAlsoChoseMenteeStaysAMentee() {
        ProcessInstance process = processOf(verified(registrations, data, SMTP::getReceivedMessages));
        registrations.chooseRole(data.username(), true, true);

        Registration answered = registrations.answerMentorQuestions(data.username(), new MentorAnswers(true, 2, false, true, false));

        assertThat(answered.getEligible()).isFalse();
        assertThat(answered.getEligibilityReason()).isEqualTo("registration.eligibility.experience");
        assertThat(process).isEnded().hasPassed(GATEWAY_ALSO_MENTEE, END_MENTEE_ONLY)
                .hasNotPassed(TASK_AWAIT_DOCUMENT);
        Person person = peopleService.get(data.username());
        assertThat(person.isMentee()).isTrue();
        assertThat(person.isMentor()).isFalse();
        assertThat(groupsOf(data.username())).containsExactly(Groups.MENTEES);
    }

    @Test
    void anIneligibleMentorOnlyCandidateChoosesTheRoleAgain() {
        Registration registration = verified(registrations, data, SMTP::getReceivedMessages);
        ProcessInstance process = processOf(registration);
        registrations.chooseRole(data.username(), false, true);

        Registration answered = registrations.answerMentorQuestions(data.username(), new MentorAnswers(true, 12, false, false, true));

        assertThat(answered.getEligibilityReason()).isEqualTo("registration.eligibility.doctorate");
        assertThat(process).hasPassed(GATEWAY_ALSO_MENTEE).isWaitingAt(TASK_AWAIT_ROLE);
        assertThat(peopleService.get(data.username()).isMentor()).isFalse();
        assertThat(groupsOf(data.username())).isEmpty();

        registrations.chooseRole(data.username(), true, false);

        assertThat(process).isEnded().hasPassed(END_REGISTERED_AS_MENTEE);
        assertThat(peopleService.get(data.username()).isMentee()).isTrue();
    }

    @Test
    void nonAlumniAreTurnedAwayWhereTheProgrammeTakesAlumniOnly() {
        RegistrationSettings settings = settings();
        settings.setNonAlumniMentorsWelcome(false);
        try {
            verified(registrations, data, SMTP::getReceivedMessages);
            registrations.chooseRole(data.username(), true, true);

            Registration answered = registrations.answerMentorQuestions(data.username(), new MentorAnswers(false, 20, true, true, false));

            assertThat(answered.getEligible()).isFalse();
            assertThat(answered.getEligibilityReason()).isEqualTo("registration.eligibility.alumni-only");
        } finally {
            settings.setNonAlumniMentorsWelcome(true);
        }
    }

    // --- helpers --------------------------------------------------------------------------------------

    @Autowired
    RegistrationSettings registrationSettings;

    private RegistrationSettings settings() {
        return registrationSettings;
    }

    /** Searched by a location only this person has. */
    private boolean listed(Person mentor) {
        Person person = peopleService.get(mentor.getId());
        person.setLocation("Town of " + mentor.getId());
        peopleService.save(person);
        return directory.search(new MentorQuery(null, null, "Town of " + mentor.getId(), null, null), PageRequest.of(0, 5))
                .getTotalElements() == 1;
    }

    private List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    }

    private Map<String, Object> runtimeVariables(ProcessInstance process) {
        return processEngine.getRuntimeService().getVariables(process.getId());
    }

    private String historicVariables(ProcessInstance process) {
        return processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(process.getId())
                .list().stream().map(v -> v.getName() + "=" + v.getValue()).toList().toString();
    }

    private Job expiryTimer(ProcessInstance process) {
        return managementService().createJobQuery().processInstanceId(process.getId()).activityId(TIMER_LINK_EXPIRED).singleResult();
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
