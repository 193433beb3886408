package org.mentorflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mentorflow.registration.AlumniAccessProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorflow.EngineOnlyProcessTest;
import org.mentorflow.people.Groups;

/**
 * Every path of processes/alumni-access.bpmn on the engine alone, with its form: started as
 * {@link RegistrationService#requestAlumniAccess} starts it, the coordinator's answer given through the task, every
 * delegate and listener a mock. The glue (access status, the mail's text) is {@link AlumniAccessProcessTest}'s.
 */
@Deployment(resources = {"processes/alumni-access.bpmn", "forms/grant-alumni-access.form"})
class AlumniAccessPathsTest extends EngineOnlyProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = engine();

    private static final Instant REQUESTED_AT = Instant.parse("2026-04-20T09:30:00Z");
    private static final long REGISTRATION = 42L;
    /** As {@link Registration#businessKey()} makes it. */
    private static final String BUSINESS_KEY = "registration-" + REGISTRATION;
    private static final String CODE = "ALUMNI-2026";
    private static final String REASON = "We find no record of your graduation; please join the alumni association first.";

    private List<Call> requestShown;
    private List<Call> decisionChecks;
    private List<Call> accessDecisions;
    private List<Call> mails;

    @BeforeEach
    void mockTheGlueAndStartTheClock() {
        requestShown = mockTaskListener("showAccessRequest");
        decisionChecks = mockTaskListener("checkCoordinatorDecision");
        accessDecisions = mockDelegate("recordAccessDecision");
        mails = mockDelegate("sendRegistrationMail");
        ClockUtil.setCurrentTime(Date.from(REQUESTED_AT));
    }

    @Test
    void aCoordinatorGrantsAccessAndTheMenteeGetsTheCode() {
        ProcessInstance request = requestAccess();

        assertThat(request).hasPassed(START_ACCESS_REQUESTED).isWaitingAt(TASK_GRANT_ACCESS);
        Task grant = task(request);
        assertThat(grant).hasDefinitionKey(TASK_GRANT_ACCESS).hasCandidateGroup(Groups.COORDINATORS).isNotAssigned();
        assertThat(formOffers(grant, ACCESS_DECISION.name())).as("the form offers what the gateway routes on")
                .containsExactly(ACCESS_GRANT, ACCESS_DECLINE);
        assertThat(requestShown).singleElement().satisfies(shown -> {
            assertThat(shown.step()).isEqualTo(TASK_GRANT_ACCESS);
            assertThat(shown.event()).isEqualTo(TaskListener.EVENTNAME_CREATE);
            assertThat(shown.visible()).containsEntry(REGISTRATION_ID.name(), REGISTRATION);
        });

        complete(grant, withVariables(ACCESS_DECISION.name(), ACCESS_GRANT, ACCESS_CODE.name(), CODE));

        assertThat(decisionChecks).singleElement().satisfies(check -> {
            assertThat(check.step()).isEqualTo(TASK_GRANT_ACCESS);
            assertThat(check.event()).isEqualTo(TaskListener.EVENTNAME_COMPLETE);
            assertThat(check.visible()).containsEntry(ACCESS_DECISION.name(), ACCESS_GRANT);
        });
        assertThat(request).hasPassed(GATEWAY_ACCESS_GRANTED, TASK_RECORD_ACCESS_GRANTED).isWaitingAt(TASK_MAIL_ACCESS_GRANTED);
        assertThat(accessDecisions).extracting(Call::step, decision -> decision.visible().get(ACCESS_DECISION.name()))
                .containsExactly(tuple(TASK_RECORD_ACCESS_GRANTED, ACCESS_GRANT));
        assertThat(mails).as("the mail is its own transaction").isEmpty();
        sendMail(request, TASK_MAIL_ACCESS_GRANTED);

        assertThat(request).isEnded()
                .hasPassedInOrder(START_ACCESS_REQUESTED, TASK_GRANT_ACCESS, GATEWAY_ACCESS_GRANTED, TASK_RECORD_ACCESS_GRANTED,
                        TASK_MAIL_ACCESS_GRANTED, END_FULL_ACCESS)
                .hasNotPassed(TASK_RECORD_ACCESS_DECLINED, TASK_MAIL_ACCESS_DECLINED, END_ACCESS_DECLINED);
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.step()).isEqualTo(TASK_MAIL_ACCESS_GRANTED);
            assertThat(mail.local()).containsEntry(RegistrationProcess.MAIL, MAIL_ACCESS_GRANTED).doesNotContainKey(RegistrationProcess.MAIL_LINK);
            assertThat(mail.visible()).as("the code goes into the mail").containsEntry(ACCESS_CODE.name(), CODE)
                    .containsEntry(REGISTRATION_ID.name(), REGISTRATION);
        });
    }

    @Test
    void aCoordinatorDeclinesWithAReasonWhichTheMenteeIsMailed() {
        ProcessInstance request = requestAccess();

        complete(task(request), withVariables(ACCESS_DECISION.name(), ACCESS_DECLINE, ACCESS_MESSAGE.name(), REASON));

        assertThat(request).hasPassed(GATEWAY_ACCESS_GRANTED, TASK_RECORD_ACCESS_DECLINED).isWaitingAt(TASK_MAIL_ACCESS_DECLINED)
                .hasNotPassed(TASK_RECORD_ACCESS_GRANTED);
        assertThat(accessDecisions).singleElement().satisfies(decision -> {
            assertThat(decision.step()).isEqualTo(TASK_RECORD_ACCESS_DECLINED);
            assertThat(decision.visible()).containsEntry(ACCESS_DECISION.name(), ACCESS_DECLINE).containsEntry(ACCESS_MESSAGE.name(), REASON);
        });
        sendMail(request, TASK_MAIL_ACCESS_DECLINED);

        assertThat(request).isEnded()
                .hasPassedInOrder(TASK_GRANT_ACCESS, GATEWAY_ACCESS_GRANTED, TASK_RECORD_ACCESS_DECLINED, TASK_MAIL_ACCESS_DECLINED,
                        END_ACCESS_DECLINED)
                .hasNotPassed(TASK_MAIL_ACCESS_GRANTED, END_FULL_ACCESS);
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.step()).isEqualTo(TASK_MAIL_ACCESS_DECLINED);
            assertThat(mail.local()).containsEntry(RegistrationProcess.MAIL, MAIL_ACCESS_DECLINED);
            assertThat(mail.visible()).as("the mentee reads why").containsEntry(ACCESS_MESSAGE.name(), REASON);
        });
    }

    @Test
    void anAnswerOtherThanGrantOrDeclineCannotCompleteTheTask() {
        ProcessInstance request = requestAccess();

        assertThatThrownBy(() -> complete(task(request), withVariables(ACCESS_DECISION.name(), "perhaps")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining(GATEWAY_ACCESS_GRANTED);

        assertThat(request).as("no default flow decides for the coordinator").isWaitingAt(TASK_GRANT_ACCESS)
                .hasNotPassed(TASK_GRANT_ACCESS);
        assertThat(accessDecisions).isEmpty();
    }

    @Test
    void aFailingCodeMailIsTriedThreeTimesFiveMinutesApartThenBecomesAnIncident() throws Exception {
        JavaDelegate mailServerDown = failingDelegate("sendRegistrationMail", "mail server unreachable");
        ProcessInstance request = requestAccess();
        complete(task(request), withVariables(ACCESS_DECISION.name(), ACCESS_GRANT, ACCESS_CODE.name(), CODE));
        assertThat(job(TASK_MAIL_ACCESS_GRANTED, request)).hasRetries(3);

        for (int retriesLeft = 2; retriesLeft >= 0; retriesLeft--) {
            Instant failedAt = ClockUtil.getCurrentTime().toInstant();
            assertThatThrownBy(() -> execute(job(TASK_MAIL_ACCESS_GRANTED, request)))
                    .hasStackTraceContaining("mail server unreachable");
            assertThat(job(TASK_MAIL_ACCESS_GRANTED, request)).hasRetries(retriesLeft).hasExceptionMessage();
            if (retriesLeft > 0) {
                assertThat(job(TASK_MAIL_ACCESS_GRANTED, request)).hasDueDate(Date.from(failedAt.plus(Duration.ofMinutes(5))));
                ClockUtil.setCurrentTime(Date.from(failedAt.plus(Duration.ofMinutes(4))));
                assertThat(dueJobs(request)).as("four minutes after a failure").isZero();
                ClockUtil.setCurrentTime(Date.from(failedAt.plus(Duration.ofMinutes(5))));
                assertThat(dueJobs(request)).as("five minutes after a failure").isEqualTo(1);
            }
        }

        Incident incident = runtimeService().createIncidentQuery().processInstanceId(request.getId()).singleResult();
        assertThat(incident).as("visible in Cockpit").isNotNull();
        assertThat(incident.getActivityId()).isEqualTo(TASK_MAIL_ACCESS_GRANTED);
        assertThat(request).as("the grant is kept while the mail waits").hasPassed(TASK_RECORD_ACCESS_GRANTED)
                .isWaitingAt(TASK_MAIL_ACCESS_GRANTED);
        verify(mailServerDown, times(3)).execute(any());

        // an operator retries in Cockpit once the mail server is back
        doNothing().when(mailServerDown).execute(any());
        managementService().setJobRetries(job(TASK_MAIL_ACCESS_GRANTED, request).getId(), 1);
        execute(job(TASK_MAIL_ACCESS_GRANTED, request));

        assertThat(request).isEnded().hasPassed(END_FULL_ACCESS);
        assertThat(accessDecisions).as("retries run the mail step only").hasSize(1);
        verify(mailServerDown, times(4)).execute(any());
    }

    // --- the portal's part, as RegistrationService plays it --------------------------------------------------------

    private ProcessInstance requestAccess() {
        return runtimeService().createProcessInstanceByKey(KEY).businessKey(BUSINESS_KEY)
                .setVariables(Variables.createVariables().putValue(REGISTRATION_ID.name(), REGISTRATION))
                .execute();
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** A mail step waits as its own job (what the job executor would run next); the test runs it. */
    private static void sendMail(ProcessInstance request, String mailStep) {
        assertThat(request).isWaitingAt(mailStep);
        execute(job(mailStep, request));
    }
}
