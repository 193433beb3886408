package org.mentorflow.mentorship.agreement;

import org.mentorflow.mentorship.MentorshipProcess;
import static org.mentorflow.mentorship.MentorshipJourney.START;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mentorflow.mentorship.MentorshipProcess.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.notifications.ReceivedMail;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/** Changing a running mentorship's agreement (processes/amendment.bpmn): only an approved version counts. */
class AmendmentProcessTest extends IntegrationTest {

    @Autowired
    MentorshipRequests requests;
    @Autowired
    Mentorships mentorships;

    /** A fresh mentee with a complete application and a mentor with one place. */
    Person mentee;
    Person mentor;
    /** Running since {@link MentorshipJourney#START}: the agreement approved, the mailbox empty. */
    ProcessInstance mentorship;

    private static final AgreementTerms NINE_MONTHS = new AgreementTerms(9, 8, "once a month", "video calls",
            "every two weeks", "Learn to lead a team.", "A pause over the summer");

    @Autowired
    Agreements agreements;

    LocalDate started;

    @BeforeEach
    void rememberTheStart() {
        mentee = people.mentee();
        mentor = people.mentor(1);
        mentorship = MentorshipJourney.runningSince(START, requests, mentee, mentor);
        clearMailbox();
        started = mentorships.get(id()).getStartedOn();
    }

    @Test
    void menteeExtendsTheTimeFrameAndTheMentorApproves() {
        agreements.proposeAmendment(id(), mentee.getId(), NINE_MONTHS);
        ProcessInstance change = amendment();
        execute(job(AmendmentProcess.TASK_MAIL_CHANGE_PROPOSAL, change));
        assertThat(single().to()).isEqualTo(mentor.getEmail());
        Task decision = taskQuery().processInstanceId(change.getId()).singleResult();
        assertThat(decision.getAssignee()).isEqualTo(mentor.getId());
        assertThat(taskService().getVariablesLocal(decision.getId()))
                .containsEntry("currentTerms", "6 months, 6 meetings, once a month").containsEntry("proposalDurationMonths", 9);
        clearMailbox();

        complete(decision, withVariables(AGREEMENT_DECISION.name(), "approve"));
        execute(job(AmendmentProcess.TASK_MAIL_CHANGE_APPROVED, change));

        assertThat(change).isEnded().hasPassed(AmendmentProcess.TASK_TELL_MENTORSHIP, AmendmentProcess.END_CHANGE_AGREED);
        assertThat(mentorships.get(id()).getPlannedEndOn()).isEqualTo(started.plusMonths(9));
        assertThat(agreements.current(id())).hasValueSatisfying(current -> assertThat(current.getDurationMonths()).isEqualTo(9));
        assertThat(mentorship).hasPassed(MentorshipProcess.EVENT_CHANGED, MentorshipProcess.EVENT_ACTIVITY);
        assertThat(job(MentorshipProcess.TIMER_END_DATE, mentorship).getDuedate()).as("the end-date reminder moved")
                .isEqualTo(morningOf(started.plusMonths(9)));
        assertThat(ReceivedMail.all(SMTP.getReceivedMessages())).hasSize(2)
                .allSatisfy(mail -> assertThat(mail.text()).contains("Agreed: 9 months, 8 meetings"));
    }

    @Test
    void mentorProposesAChangeAndTheMenteeRejectsIt() {
        agreements.proposeAmendment(id(), mentor.getId(), NINE_MONTHS);
        ProcessInstance change = amendment();
        execute(job(AmendmentProcess.TASK_MAIL_CHANGE_PROPOSAL, change));
        Task decision = taskQuery().processInstanceId(change.getId()).singleResult();
        assertThat(decision.getAssignee()).isEqualTo(mentee.getId());
        assertThatThrownBy(() -> taskService().complete(decision.getId(), withVariables(AGREEMENT_DECISION.name(), "reject")))
                .hasMessageContaining("Please say why you reject the change");
        clearMailbox();

        complete(decision, withVariables(AGREEMENT_DECISION.name(), "reject", AGREEMENT_COMMENT.name(), "I need to finish by summer."));
        execute(job(AmendmentProcess.TASK_MAIL_CHANGE_REJECTED, change));

        assertThat(change).isEnded().hasPassed(AmendmentProcess.END_CHANGE_REJECTED);
        assertThat(mentorships.get(id()).getPlannedEndOn()).isEqualTo(started.plusMonths(6));
        assertThat(agreements.current(id())).hasValueSatisfying(current -> assertThat(current.getDurationMonths()).isEqualTo(6));
        assertThat(agreements.latest(id())).hasValueSatisfying(latest -> assertThat(latest.getStatus()).isEqualTo(AgreementVersion.Status.REJECTED));
        ReceivedMail toProposer = single();
        assertThat(toProposer.to()).isEqualTo(mentor.getEmail());
        assertThat(toProposer.text()).contains("I need to finish by summer.");
    }

    @Test
    void changeAfterThePlannedEndStartsTheWatchAgain() {
        Job endDate = job(MentorshipProcess.TIMER_END_DATE, mentorship);
        ClockUtil.setCurrentTime(Date.from(endDate.getDuedate().toInstant().plusSeconds(60)));
        execute(endDate);
        execute(job(MentorshipProcess.TASK_MAIL_END_DATE, mentorship));

        agreements.proposeAmendment(id(), mentee.getId(), NINE_MONTHS);
        ProcessInstance change = amendment();
        execute(job(AmendmentProcess.TASK_MAIL_CHANGE_PROPOSAL, change));
        complete(taskQuery().processInstanceId(change.getId()).singleResult(), withVariables(AGREEMENT_DECISION.name(), "approve"));

        assertThat(mentorship).hasPassed(MentorshipProcess.EVENT_CHANGED_AFTER_END);
        assertThat(job(MentorshipProcess.TIMER_END_DATE, mentorship).getDuedate()).isEqualTo(morningOf(started.plusMonths(9)));
    }

    @Test
    void oneChangeAtATimeByTheTwoOfARunningMentorship() {
        assertThatThrownBy(() -> agreements.proposeAmendment(id(), people.mentee().getId(), NINE_MONTHS))
                .hasMessageContaining("Only the mentee and the mentor");
        assertThatThrownBy(() -> agreements.proposeAmendment(id(), mentee.getId(),
                new AgreementTerms(0, 8, "x", "y", "z", "goals", null))).hasMessageContaining("between 1 and 24 months");
        agreements.proposeAmendment(id(), mentee.getId(), NINE_MONTHS);
        assertThatThrownBy(() -> agreements.proposeAmendment(id(), mentor.getId(), NINE_MONTHS))
                .hasMessageContaining("waiting for approval already");

        Person other = people.mentee();
        ProcessInstance accepted = MentorshipJourney.accepted(requests, other, people.mentor(1));
        assertThatThrownBy(() -> agreements.proposeAmendment(Long.parseLong(accepted.getBusinessKey()), other.getId(), NINE_MONTHS))
                .hasMessageContaining("Only a running mentorship");
    }

    private ProcessInstance amendment() {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey("amendment")
                .processInstanceBusinessKey(mentorship.getBusinessKey()).active().singleResult();
    }

    private static Date morningOf(LocalDate day) {
        return Date.from(day.atTime(9, 0).atZone(ZoneId.of("Europe/Vienna")).toInstant());
    }

    private ReceivedMail single() {
        assertThat(ReceivedMail.all(SMTP.getReceivedMessages())).hasSize(1);
        return ReceivedMail.all(SMTP.getReceivedMessages()).get(0);
    }

    private long id() {
        return Long.parseLong(mentorship.getBusinessKey());
    }
}
