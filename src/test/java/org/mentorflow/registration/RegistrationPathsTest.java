package org.mentorflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mentorflow.registration.RegistrationProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentorflow.EngineOnlyProcessTest;
import org.mentorflow.people.Groups;

/**
 * Every path of processes/registration.bpmn on the engine alone, with its form and its decision: the portal's part
 * played by message correlations as {@link RegistrationService} sends them, every delegate and listener a mock
 * that remembers what the model handed it. The glue (database, mail, accounts) is {@link RegistrationProcessTest}'s.
 */
@Deployment(resources = {"processes/registration.bpmn", "processes/mentor-eligibility.dmn", "forms/verify-mentor.form"})
class RegistrationPathsTest extends EngineOnlyProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = engine();

    private static final Instant REGISTERED_AT = Instant.parse("2026-04-06T08:00:00Z");
    private static final long REGISTRATION = 42L;
    /** As {@link Registration#businessKey()} makes it. */
    private static final String BUSINESS_KEY = "registration-" + REGISTRATION;
    /** Not the programme's default (P7D): the timer must take its duration from the variable. */
    private static final Duration LINK_VALID_FOR = Duration.ofDays(3);
    private static final long DOCUMENT = 7L;
    private static final long SECOND_DOCUMENT = 8L;

    private static final MentorAnswers ELIGIBLE_ANSWERS = new MentorAnswers(true, 6, true, true, true);
    private static final MentorAnswers TOO_LITTLE_EXPERIENCE = new MentorAnswers(true, 2, false, true, false);
    private static final MentorAnswers DOCTORAL_WITHOUT_DOCTORATE = new MentorAnswers(true, 12, false, false, true);

    private List<Call> mails;
    private List<Call> accountRemovals;
    private List<Call> emailVerifications;
    private List<Call> roleChoices;
    private List<Call> eligibilityRecords;
    private List<Call> mentorDecisions;
    private List<Call> candidateShown;
    private List<Call> decisionChecks;

    @BeforeEach
    void mockTheGlueAndStartTheClock() {
        mails = mockDelegate("sendRegistrationMail");
        accountRemovals = mockDelegate("removeUnverifiedAccount");
        emailVerifications = mockDelegate("markEmailVerified");
        roleChoices = mockDelegate("recordRoleChoice");
        eligibilityRecords = mockDelegate("recordEligibility");
        mentorDecisions = mockDelegate("recordMentorDecision");
        candidateShown = mockTaskListener("showMentorCandidate");
        decisionChecks = mockTaskListener("checkCoordinatorDecision");
        ClockUtil.setCurrentTime(Date.from(REGISTERED_AT));
    }

    // --- the e-mail link -----------------------------------------------------------------------------------------

    @Test
    void aMenteeConfirmsTheAddressAndIsRegisteredAtOnce() {
        ProcessInstance registration = register();

        assertThat(registration).hasPassed(START_REGISTERED, GATEWAY_LINK_NEEDED).isWaitingAt(TASK_MAIL_VERIFICATION_LINK);
        assertThat(mails).as("the mail is its own transaction, not the registration's").isEmpty();
        sendMail(registration, TASK_MAIL_VERIFICATION_LINK);

        assertThat(registration).isWaitingAt(TASK_AWAIT_EMAIL).isWaitingFor(MESSAGE_EMAIL_VERIFIED, MESSAGE_NEW_LINK_REQUESTED);
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.step()).isEqualTo(TASK_MAIL_VERIFICATION_LINK);
            assertThat(mail.local()).containsEntry(MAIL, MAIL_VERIFICATION_LINK).containsEntry(MAIL_LINK, LINK_VERIFICATION);
            assertThat(mail.visible()).containsEntry(REGISTRATION_ID.name(), REGISTRATION);
        });

        followTheLink();

        assertThat(registration).hasPassed(TASK_AWAIT_EMAIL, TASK_MARK_EMAIL_VERIFIED, GATEWAY_ROLE_NEEDED)
                .isWaitingAt(TASK_AWAIT_ROLE).isWaitingFor(MESSAGE_ROLE_CHOSEN);
        assertThat(emailVerifications).extracting(Call::step).containsExactly(TASK_MARK_EMAIL_VERIFIED);
        assertThat(jobQuery().processInstanceId(registration.getId()).count()).as("the expiry timer went with the wait").isZero();

        chooseRoles(true, false);

        assertThat(registration).isEnded().hasPassedInOrder(START_REGISTERED, TASK_MAIL_VERIFICATION_LINK, TASK_AWAIT_EMAIL,
                        TASK_MARK_EMAIL_VERIFIED, TASK_AWAIT_ROLE, TASK_RECORD_ROLE_CHOICE, GATEWAY_MENTOR_CHOSEN,
                        END_REGISTERED_AS_MENTEE)
                .hasNotPassed(TIMER_LINK_EXPIRED, TASK_AWAIT_MENTOR_ANSWERS);
        assertThat(roleChoices).singleElement().satisfies(choice -> assertThat(choice.visible())
                .containsEntry(WANTS_MENTEE.name(), true).containsEntry(WANTS_MENTOR.name(), false).containsEntry(REGISTRATION_ID.name(), REGISTRATION));
        assertThat(accountRemovals).isEmpty();
        assertThat(eligibilityRecords).isEmpty();
    }

    @Test
    void aNeverConfirmedAccountIsRemovedWhenTheLinkExpires() {
        ProcessInstance registration = register();
        sendMail(registration, TASK_MAIL_VERIFICATION_LINK);
        Job expiry = job(TIMER_LINK_EXPIRED, registration);
        Instant expiresAt = REGISTERED_AT.plus(LINK_VALID_FOR);
        assertThat(expiry).hasDueDate(Date.from(expiresAt));

        ClockUtil.setCurrentTime(Date.from(expiresAt.minusSeconds(60)));
        assertThat(dueJobs(registration)).as("a minute before the link expires").isZero();
        ClockUtil.setCurrentTime(Date.from(expiresAt));
        assertThat(dueJobs(registration)).as("when it expires").isEqualTo(1);
        execute(expiry);

        assertThat(registration).isEnded()
                .hasPassedInOrder(TASK_MAIL_VERIFICATION_LINK, TIMER_LINK_EXPIRED, TASK_REMOVE_UNVERIFIED_ACCOUNT, END_ACCOUNT_REMOVED)
                .hasNotPassed(TASK_MARK_EMAIL_VERIFIED, TASK_AWAIT_ROLE);
        assertThat(accountRemovals).singleElement().satisfies(removal -> {
            assertThat(removal.step()).isEqualTo(TASK_REMOVE_UNVERIFIED_ACCOUNT);
            assertThat(removal.visible()).containsEntry(REGISTRATION_ID.name(), REGISTRATION);
        });
        assertThat(emailVerifications).isEmpty();
    }

    @Test
    void aNewLinkIsMailedAndTheExpiryStartsAgain() {
        ProcessInstance registration = register();
        sendMail(registration, TASK_MAIL_VERIFICATION_LINK);
        Instant askedAt = REGISTERED_AT.plus(Duration.ofDays(2));
        ClockUtil.setCurrentTime(Date.from(askedAt));

        askForANewLink();

        assertThat(registration).hasPassed(BOUNDARY_NEW_LINK_REQUESTED).isWaitingAt(TASK_MAIL_VERIFICATION_LINK)
                .hasNotPassed(TIMER_LINK_EXPIRED);
        assertThat(jobQuery().processInstanceId(registration.getId()).timers().count()).as("the old expiry is gone").isZero();
        sendMail(registration, TASK_MAIL_VERIFICATION_LINK);

        assertThat(registration).isWaitingAt(TASK_AWAIT_EMAIL);
        assertThat(mails).extracting(Call::step, mail -> mail.local().get(MAIL), mail -> mail.local().get(MAIL_LINK))
                .containsExactly(tuple(TASK_MAIL_VERIFICATION_LINK, MAIL_VERIFICATION_LINK, LINK_VERIFICATION),
                        tuple(TASK_MAIL_VERIFICATION_LINK, MAIL_VERIFICATION_LINK, LINK_VERIFICATION));
        assertThat(passes(registration, GATEWAY_LINK_NEEDED)).isEqualTo(2);
        assertThat(job(TIMER_LINK_EXPIRED, registration)).hasDueDate(Date.from(askedAt.plus(LINK_VALID_FOR)));
        ClockUtil.setCurrentTime(Date.from(REGISTERED_AT.plus(LINK_VALID_FOR)));
        assertThat(dueJobs(registration)).as("the first link's expiry no longer counts").isZero();

        followTheLink();

        assertThat(registration).hasPassed(TASK_MARK_EMAIL_VERIFIED).isWaitingAt(TASK_AWAIT_ROLE);
        assertThat(accountRemovals).isEmpty();
    }

    @Test
    void aFailingVerificationMailIsTriedThreeTimesFiveMinutesApartThenBecomesAnIncident() throws Exception {
        JavaDelegate mailServerDown = failingDelegate("sendRegistrationMail", "mail server unreachable");
        ProcessInstance registration = register();
        Job mail = job(TASK_MAIL_VERIFICATION_LINK, registration);
        assertThat(mail).hasRetries(3);

        for (int retriesLeft = 2; retriesLeft >= 0; retriesLeft--) {
            Instant failedAt = ClockUtil.getCurrentTime().toInstant();
            assertThatThrownBy(() -> execute(job(TASK_MAIL_VERIFICATION_LINK, registration)))
                    .hasStackTraceContaining("mail server unreachable");
            Job retry = job(TASK_MAIL_VERIFICATION_LINK, registration);
            assertThat(retry).hasRetries(retriesLeft).hasExceptionMessage();
            if (retriesLeft > 0) {
                assertThat(retry).hasDueDate(Date.from(failedAt.plus(Duration.ofMinutes(5))));
                ClockUtil.setCurrentTime(Date.from(failedAt.plus(Duration.ofMinutes(4))));
                assertThat(dueJobs(registration)).as("four minutes after a failure").isZero();
                ClockUtil.setCurrentTime(Date.from(failedAt.plus(Duration.ofMinutes(5))));
                assertThat(dueJobs(registration)).as("five minutes after a failure").isEqualTo(1);
            }
        }

        Incident incident = runtimeService().createIncidentQuery().processInstanceId(registration.getId()).singleResult();
        assertThat(incident).as("visible in Cockpit").isNotNull();
        assertThat(incident.getActivityId()).isEqualTo(TASK_MAIL_VERIFICATION_LINK);
        assertThat(incident.getIncidentMessage()).contains("mail server unreachable");
        assertThat(registration).isWaitingAt(TASK_MAIL_VERIFICATION_LINK).hasNotPassed(TASK_MAIL_VERIFICATION_LINK);
        verify(mailServerDown, times(3)).execute(any());

        // an operator retries in Cockpit once the mail server is back
        doNothing().when(mailServerDown).execute(any());
        Instant retriedAt = ClockUtil.getCurrentTime().toInstant();
        managementService().setJobRetries(job(TASK_MAIL_VERIFICATION_LINK, registration).getId(), 1);
        execute(job(TASK_MAIL_VERIFICATION_LINK, registration));

        assertThat(registration).hasPassed(TASK_MAIL_VERIFICATION_LINK).isWaitingAt(TASK_AWAIT_EMAIL);
        assertThat(runtimeService().createIncidentQuery().processInstanceId(registration.getId()).count()).isZero();
        assertThat(job(TIMER_LINK_EXPIRED, registration)).as("the link is valid from the mail that went out")
                .hasDueDate(Date.from(retriedAt.plus(LINK_VALID_FOR)));
    }

    @Test
    void messagesOutOfTurnFindNoRegistrationWaitingForThem() {
        ProcessInstance registration = register();

        assertThatThrownBy(this::followTheLink).as("before the link was mailed")
                .isInstanceOf(MismatchingMessageCorrelationException.class);
        sendMail(registration, TASK_MAIL_VERIFICATION_LINK);
        assertThatThrownBy(() -> chooseRoles(true, false)).isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThatThrownBy(() -> answer(ELIGIBLE_ANSWERS, true)).isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThatThrownBy(() -> upload(DOCUMENT)).isInstanceOf(MismatchingMessageCorrelationException.class);

        followTheLink();
        assertThatThrownBy(this::askForANewLink).as("once verified").isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(registration).isWaitingAt(TASK_AWAIT_ROLE);
        assertThat(mails).hasSize(1);
    }

    // --- mentors -------------------------------------------------------------------------------------------------

    @Test
    void anEligibleMentorIsVerifiedOnceACoordinatorApprovesTheDocument() {
        ProcessInstance registration = verifiedRegistration();
        chooseRoles(true, true);
        assertThat(registration).hasPassed(GATEWAY_MENTOR_CHOSEN).isWaitingAt(TASK_AWAIT_MENTOR_ANSWERS)
                .isWaitingFor(MESSAGE_MENTOR_ANSWERS);

        answer(ELIGIBLE_ANSWERS, true);

        assertThat(registration).hasPassedInOrder(TASK_DECIDE_ELIGIBILITY, TASK_RECORD_ELIGIBILITY, GATEWAY_ELIGIBLE,
                GATEWAY_DOCUMENT_NEEDED).isWaitingAt(TASK_AWAIT_DOCUMENT).isWaitingFor(MESSAGE_DOCUMENT_UPLOADED);
        assertThat(eligibilityRecords).singleElement().satisfies(record -> assertThat(record.visible())
                .containsEntry(ELIGIBLE.name(), true).containsEntry(ELIGIBILITY_REASON.name(), "registration.eligibility.eligible")
                .containsEntry(ALUMNUS.name(), true).containsEntry(YEARS_AFTER_GRADUATION.name(), 6).containsEntry(HOLDS_DOCTORATE.name(), true)
                .containsEntry(MENTORS_MASTERS.name(), true).containsEntry(MENTORS_DOCTORAL.name(), true));

        upload(DOCUMENT);

        assertThat(registration).isWaitingAt(TASK_VERIFY_MENTOR);
        Task verify = task(registration);
        assertThat(verify).hasDefinitionKey(TASK_VERIFY_MENTOR).hasCandidateGroup(Groups.COORDINATORS).isNotAssigned();
        assertThat(formOffers(verify, MENTOR_DECISION.name())).as("the form offers what the gateway routes on")
                .containsExactly(MENTOR_APPROVE, MENTOR_REJECT);
        assertThat(candidateShown).singleElement().satisfies(shown -> {
            assertThat(shown.step()).isEqualTo(TASK_VERIFY_MENTOR);
            assertThat(shown.event()).isEqualTo(TaskListener.EVENTNAME_CREATE);
            assertThat(shown.visible()).containsEntry(DOCUMENT_ID.name(), DOCUMENT).containsEntry(REGISTRATION_ID.name(), REGISTRATION);
        });

        complete(verify, withVariables(MENTOR_DECISION.name(), MENTOR_APPROVE));

        assertThat(decisionChecks).singleElement().satisfies(check -> {
            assertThat(check.step()).isEqualTo(TASK_VERIFY_MENTOR);
            assertThat(check.event()).isEqualTo(TaskListener.EVENTNAME_COMPLETE);
            assertThat(check.visible()).containsEntry(MENTOR_DECISION.name(), MENTOR_APPROVE);
        });
        assertThat(registration).hasPassed(GATEWAY_MENTOR_APPROVED, TASK_MARK_MENTOR_VERIFIED)
                .isWaitingAt(TASK_MAIL_MENTOR_APPROVED);
        assertThat(mentorDecisions).extracting(Call::step, decision -> decision.visible().get(MENTOR_DECISION.name()))
                .containsExactly(tuple(TASK_MARK_MENTOR_VERIFIED, MENTOR_APPROVE));
        sendMail(registration, TASK_MAIL_MENTOR_APPROVED);

        assertThat(registration).isEnded().hasPassed(END_MENTOR_VERIFIED)
                .hasNotPassed(TASK_RECORD_MENTOR_REJECTION, TASK_MAIL_MENTOR_REJECTED, GATEWAY_ALSO_MENTEE);
        assertThat(mails).extracting(Call::step, mail -> mail.local().get(MAIL)).containsExactly(
                tuple(TASK_MAIL_VERIFICATION_LINK, MAIL_VERIFICATION_LINK),
                tuple(TASK_MAIL_MENTOR_APPROVED, MAIL_MENTOR_APPROVED));
        assertThat(mails.get(1).local()).as("no link in the approval").doesNotContainKey(MAIL_LINK);
    }

    @Test
    void mentorRejectedThenApprovedAfterANewUpload() {
        ProcessInstance registration = verifiedRegistration();
        chooseRoles(false, true);
        answer(ELIGIBLE_ANSWERS, true);
        upload(DOCUMENT);
        String message = "The photo is unreadable. Please upload a scan of your diploma.";

        complete(task(registration), withVariables(MENTOR_DECISION.name(), MENTOR_REJECT, MENTOR_MESSAGE.name(), message));

        assertThat(registration).hasPassed(GATEWAY_MENTOR_APPROVED, TASK_RECORD_MENTOR_REJECTION)
                .isWaitingAt(TASK_MAIL_MENTOR_REJECTED).hasNotPassed(TASK_MARK_MENTOR_VERIFIED);
        assertThat(mentorDecisions).singleElement().satisfies(decision -> {
            assertThat(decision.step()).isEqualTo(TASK_RECORD_MENTOR_REJECTION);
            assertThat(decision.visible()).containsEntry(MENTOR_DECISION.name(), MENTOR_REJECT).containsEntry(MENTOR_MESSAGE.name(), message);
        });
        sendMail(registration, TASK_MAIL_MENTOR_REJECTED);
        assertThat(mails.get(mails.size() - 1)).satisfies(mail -> {
            assertThat(mail.local()).containsEntry(MAIL, MAIL_MENTOR_REJECTED).doesNotContainKey(MAIL_LINK);
            assertThat(mail.visible()).as("the candidate reads why").containsEntry(MENTOR_MESSAGE.name(), message);
        });
        assertThat(registration).isWaitingAt(TASK_AWAIT_DOCUMENT);
        assertThat(passes(registration, GATEWAY_DOCUMENT_NEEDED)).isEqualTo(2);

        upload(SECOND_DOCUMENT);

        assertThat(registration).isWaitingAt(TASK_VERIFY_MENTOR);
        assertThat(candidateShown).extracting(shown -> shown.visible().get(DOCUMENT_ID.name())).containsExactly(DOCUMENT, SECOND_DOCUMENT);
        complete(task(registration), withVariables(MENTOR_DECISION.name(), MENTOR_APPROVE));
        sendMail(registration, TASK_MAIL_MENTOR_APPROVED);

        assertThat(registration).isEnded().hasPassed(TASK_MARK_MENTOR_VERIFIED, END_MENTOR_VERIFIED);
        assertThat(passes(registration, TASK_VERIFY_MENTOR)).isEqualTo(2);
        assertThat(mentorDecisions).extracting(Call::step).containsExactly(TASK_RECORD_MENTOR_REJECTION, TASK_MARK_MENTOR_VERIFIED);
        assertThat(mails).extracting(mail -> mail.local().get(MAIL))
                .containsExactly(MAIL_VERIFICATION_LINK, MAIL_MENTOR_REJECTED, MAIL_MENTOR_APPROVED);
    }

    @Test
    void aVerificationWithoutApproveOrRejectCannotBeCompleted() {
        ProcessInstance registration = verifiedRegistration();
        chooseRoles(false, true);
        answer(ELIGIBLE_ANSWERS, true);
        upload(DOCUMENT);

        assertThatThrownBy(() -> complete(task(registration), withVariables(MENTOR_DECISION.name(), "maybe")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining(GATEWAY_MENTOR_APPROVED);

        assertThat(registration).as("no default flow decides for the coordinator").isWaitingAt(TASK_VERIFY_MENTOR)
                .hasNotPassed(TASK_VERIFY_MENTOR);
        assertThat(mentorDecisions).isEmpty();
    }

    @Test
    void aFailingApprovalMailIsRetriedWithoutVerifyingTheMentorAgain() throws Exception {
        ProcessInstance registration = verifiedRegistration();
        chooseRoles(false, true);
        answer(ELIGIBLE_ANSWERS, true);
        upload(DOCUMENT);
        complete(task(registration), withVariables(MENTOR_DECISION.name(), MENTOR_APPROVE));
        JavaDelegate mailServerDown = failingDelegate("sendRegistrationMail", "mail server unreachable");

        assertThatThrownBy(() -> execute(job(TASK_MAIL_MENTOR_APPROVED, registration)))
                .hasStackTraceContaining("mail server unreachable");

        assertThat(job(TASK_MAIL_MENTOR_APPROVED, registration)).hasRetries(2);
        assertThat(registration).as("the verification is committed before the mail").hasPassed(TASK_MARK_MENTOR_VERIFIED)
                .isWaitingAt(TASK_MAIL_MENTOR_APPROVED);
        doNothing().when(mailServerDown).execute(any());
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(5))));
        execute(job(TASK_MAIL_MENTOR_APPROVED, registration));

        assertThat(registration).isEnded().hasPassed(END_MENTOR_VERIFIED);
        assertThat(mentorDecisions).as("the retry runs the mail step only").hasSize(1);
        verify(mailServerDown, times(2)).execute(any());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "registration.eligibility.experience,  true,  2,  false, true,  false, true",
            "registration.eligibility.doctorate,   true,  12, false, false, true,  true",
            "registration.eligibility.alumni-only, false, 20, true,  true,  false, false"})
    void anIneligibleCandidateWhoAlsoChoseMenteeStaysAMentee(String reason, boolean alumnus, int years, boolean doctorate,
            boolean masters, boolean doctoral, boolean nonAlumniWelcome) {
        ProcessInstance registration = verifiedRegistration();
        chooseRoles(true, true);

        answer(new MentorAnswers(alumnus, years, doctorate, masters, doctoral), nonAlumniWelcome);

        assertThat(registration).isEnded()
                .hasPassedInOrder(TASK_DECIDE_ELIGIBILITY, TASK_RECORD_ELIGIBILITY, GATEWAY_ELIGIBLE, GATEWAY_ALSO_MENTEE, END_MENTEE_ONLY)
                .hasNotPassed(GATEWAY_DOCUMENT_NEEDED, TASK_AWAIT_DOCUMENT);
        assertThat(eligibilityRecords).singleElement().satisfies(record -> assertThat(record.visible())
                .containsEntry(ELIGIBLE.name(), false).containsEntry(ELIGIBILITY_REASON.name(), reason)
                .containsEntry(NON_ALUMNI_WELCOME.name(), nonAlumniWelcome));
        assertThat(roleChoices).hasSize(1);
    }

    @Test
    void anIneligibleMentorOnlyCandidateChoosesTheRoleAgainAndBecomesAMentee() {
        ProcessInstance registration = verifiedRegistration();
        chooseRoles(false, true);

        answer(DOCTORAL_WITHOUT_DOCTORATE, true);

        assertThat(registration).hasPassed(GATEWAY_ELIGIBLE, GATEWAY_ALSO_MENTEE).isWaitingAt(TASK_AWAIT_ROLE)
                .hasNotPassed(END_MENTEE_ONLY, TASK_AWAIT_DOCUMENT);
        assertThat(passes(registration, GATEWAY_ROLE_NEEDED)).isEqualTo(2);
        assertThat(eligibilityRecords).singleElement().satisfies(record -> assertThat(record.visible())
                .containsEntry(ELIGIBLE.name(), false).containsEntry(ELIGIBILITY_REASON.name(), "registration.eligibility.doctorate"));

        chooseRoles(true, false);

        assertThat(registration).isEnded().hasPassed(END_REGISTERED_AS_MENTEE).hasNotPassed(END_MENTEE_ONLY);
        assertThat(roleChoices).extracting(choice -> choice.visible().get(WANTS_MENTEE.name()), choice -> choice.visible().get(WANTS_MENTOR.name()))
                .containsExactly(tuple(false, true), tuple(true, false));
    }

    @Test
    void aCandidateWhoChoosesAgainMayTryAsAMentorOnceMore() {
        ProcessInstance registration = verifiedRegistration();
        chooseRoles(false, true);
        answer(TOO_LITTLE_EXPERIENCE, true);
        assertThat(registration).isWaitingAt(TASK_AWAIT_ROLE);

        chooseRoles(false, true);
        answer(ELIGIBLE_ANSWERS, true);

        assertThat(registration).isWaitingAt(TASK_AWAIT_DOCUMENT);
        assertThat(eligibilityRecords).extracting(record -> record.visible().get(ELIGIBLE.name())).containsExactly(false, true);
    }

    // --- the portal's part, as RegistrationService plays it --------------------------------------------------------

    private ProcessInstance register() {
        return runtimeService().createProcessInstanceByKey(KEY).businessKey(BUSINESS_KEY)
                .setVariables(Variables.createVariables()
                        .putValue(REGISTRATION_ID.name(), REGISTRATION)
                        .putValue(VERIFICATION_EXPIRES_AFTER.name(), LINK_VALID_FOR.toString()))
                .execute();
    }

    /** Registered, link mailed and followed: waiting for the role. */
    private ProcessInstance verifiedRegistration() {
        ProcessInstance registration = register();
        sendMail(registration, TASK_MAIL_VERIFICATION_LINK);
        followTheLink();
        assertThat(registration).isWaitingAt(TASK_AWAIT_ROLE);
        return registration;
    }

    private void followTheLink() {
        correlate(MESSAGE_EMAIL_VERIFIED, Map.of());
    }

    private void askForANewLink() {
        correlate(MESSAGE_NEW_LINK_REQUESTED, Map.of());
    }

    private void chooseRoles(boolean mentee, boolean mentor) {
        correlate(MESSAGE_ROLE_CHOSEN, Map.of(WANTS_MENTEE.name(), mentee, WANTS_MENTOR.name(), mentor));
    }

    private void answer(MentorAnswers answers, boolean nonAlumniWelcome) {
        correlate(MESSAGE_MENTOR_ANSWERS, Map.of(
                ALUMNUS.name(), answers.alumnus(),
                YEARS_AFTER_GRADUATION.name(), answers.yearsAfterGraduation(),
                HOLDS_DOCTORATE.name(), answers.holdsDoctorate(),
                MENTORS_MASTERS.name(), answers.mentorsMastersStudents(),
                MENTORS_DOCTORAL.name(), answers.mentorsDoctoralStudents(),
                NON_ALUMNI_WELCOME.name(), nonAlumniWelcome));
    }

    private void upload(long documentId) {
        correlate(MESSAGE_DOCUMENT_UPLOADED, Map.of(DOCUMENT_ID.name(), documentId));
    }

    private void correlate(String message, Map<String, Object> variables) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(BUSINESS_KEY)
                .setVariables(variables).correlateWithResult();
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** A mail step waits as its own job (what the job executor would run next); the test runs it. */
    private static void sendMail(ProcessInstance registration, String mailStep) {
        assertThat(registration).isWaitingAt(mailStep);
        execute(job(mailStep, registration));
    }
}
