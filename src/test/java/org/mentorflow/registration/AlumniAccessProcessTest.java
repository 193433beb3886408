package org.mentorflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mentorflow.registration.RegistrationJourney.*;
import static org.mentorflow.registration.AlumniAccessProcess.*;

import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.system.StepRefusedException;
import org.mentorflow.notifications.ReceivedMail;
import org.mentorflow.people.Groups;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/alumni-access.bpmn where the programme asks mentees for an alumni-community access code. */
class AlumniAccessProcessTest extends IntegrationTest {

    @Autowired
    RegistrationService registrations;
    @Autowired
    RegistrationSettings settings;

    private NewRegistration data;
    private Registration registration;

    @BeforeEach
    void aProgrammeWithAccessCodesAndARegisteredMentee() {
        settings.setAccessCodeRequired(true);
        data = newRegistration("en");
        registration = verified(registrations, data, SMTP::getReceivedMessages);
        registrations.chooseRole(data.username(), true, false);
        clearMailbox();
    }

    @AfterEach
    void backToTheDemoSetting() {
        settings.setAccessCodeRequired(false);
    }

    @Test
    void aGrantGivesFullAccessAndMailsTheCode() {
        assertThat(registrations.hasFullAccess(data.username())).isFalse();

        registrations.requestAlumniAccess(data.username(), "  Graduated 2019 in Business Informatics.  ");

        ProcessInstance process = accessProcessOf(registration);
        assertThat(process).isWaitingAt(TASK_GRANT_ACCESS);
        Task grant = task(process);
        assertThat(grant.getName()).isEqualTo("Grant alumni access");
        assertThat(taskService().getIdentityLinksForTask(grant.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly(Groups.COORDINATORS);
        assertThat(taskService().getVariablesLocal(grant.getId()))
                .containsEntry("requesterName", "Rita " + data.lastName())
                .containsEntry("requesterEmail", data.email())
                .containsEntry("requestNote", "Graduated 2019 in Business Informatics.");
        assertThat(registrations.of(data.username()).orElseThrow().getAccessStatus()).isEqualTo(Registration.AccessStatus.REQUESTED);
        assertThatThrownBy(() -> registrations.requestAlumniAccess(data.username(), null))
                .isInstanceOf(RegistrationStepException.class).extracting("messageKey")
                .isEqualTo("registration.access.already-requested");
        assertThatThrownBy(() -> complete(task(process), withVariables(ACCESS_DECISION.name(), "perhaps")))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("Please grant access");

        complete(grant, withVariables(ACCESS_DECISION.name(), "grant", ACCESS_CODE.name(), "ALUMNI-2026"));

        assertThat(process).hasPassed(TASK_RECORD_ACCESS_GRANTED).isWaitingAt(TASK_MAIL_ACCESS_GRANTED);
        assertThat(registrations.hasFullAccess(data.username())).isTrue();
        execute(job(TASK_MAIL_ACCESS_GRANTED, process));
        assertThat(process).isEnded().hasPassed(END_FULL_ACCESS);
        ReceivedMail mail = single(ReceivedMail.to(SMTP.getReceivedMessages(), data.email()));
        assertThat(mail.subject()).isEqualTo("You have full access to MentorFlow Alumni Mentoring");
        assertThat(mail.text()).contains("ALUMNI-2026", "http://mentorflow.test/mentors");
        assertThatThrownBy(() -> registrations.requestAlumniAccess(data.username(), null))
                .isInstanceOf(RegistrationStepException.class).extracting("messageKey").isEqualTo("registration.access.not-needed");
    }

    @Test
    void aDeclineNeedsAReasonWhichTheMenteeReadsAndMayAskAgain() {
        registrations.requestAlumniAccess(data.username(), null);
        ProcessInstance process = accessProcessOf(registration);
        assertThat(taskService().getVariablesLocal(task(process).getId())).containsEntry("requestNote", "(no note)");

        assertThatThrownBy(() -> complete(task(process), withVariables(ACCESS_DECISION.name(), "decline")))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("decline with a reason");
        complete(task(process), withVariables(ACCESS_DECISION.name(), "decline",
                ACCESS_MESSAGE.name(), "We find no record of your graduation; please join the alumni association first."));

        assertThat(process).hasPassed(TASK_RECORD_ACCESS_DECLINED).isWaitingAt(TASK_MAIL_ACCESS_DECLINED);
        execute(job(TASK_MAIL_ACCESS_DECLINED, process));
        assertThat(process).isEnded().hasPassed(END_ACCESS_DECLINED).hasNotPassed(TASK_RECORD_ACCESS_GRANTED);
        assertThat(registrations.hasFullAccess(data.username())).isFalse();
        Registration row = registrations.of(data.username()).orElseThrow();
        assertThat(row.getAccessStatus()).isEqualTo(Registration.AccessStatus.DECLINED);
        ReceivedMail mail = single(ReceivedMail.to(SMTP.getReceivedMessages(), data.email()));
        assertThat(mail.text()).contains("please join the alumni association first");

        registrations.requestAlumniAccess(data.username(), "I have joined now.");
        assertThat(accessProcessOf(registration)).isWaitingAt(TASK_GRANT_ACCESS);
    }

    @Test
    void onlyMenteesAskAndOnlyWhereTheProgrammeNeedsACode() {
        NewRegistration mentorOnly = newRegistration("en");
        verified(registrations, mentorOnly, SMTP::getReceivedMessages);
        assertThatThrownBy(() -> registrations.requestAlumniAccess(mentorOnly.username(), null))
                .isInstanceOf(RegistrationStepException.class).extracting("messageKey").isEqualTo("registration.access.mentees-only");

        settings.setAccessCodeRequired(false);
        assertThat(registrations.hasFullAccess(data.username())).isTrue();
        assertThatThrownBy(() -> registrations.requestAlumniAccess(data.username(), null))
                .isInstanceOf(RegistrationStepException.class).extracting("messageKey").isEqualTo("registration.access.not-needed");
        assertThat(accessProcessOf(registration)).isNull();
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
