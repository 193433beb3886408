package org.mentorflow.mentorship.legacy;

import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.people.Person;
import org.mentorflow.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mentorflow.mentorship.MentorshipProcess.*;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.ProcessTree;
import org.mentorflow.mentorship.agreement.AgreementTerms;
import org.mentorflow.mentorship.agreement.Agreements;
import org.mentorflow.mentorship.agreement.AmendmentProcess;
import org.mentorflow.mentorship.lifecycle.MentorshipLifecycle;
import org.mentorflow.mentorship.meeting.Meeting;
import org.mentorflow.mentorship.meeting.MeetingProcess;
import org.mentorflow.mentorship.meeting.Meetings;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A mentorship started on the model before the process tree (src/test/resources/legacy/mentorship-v1.bpmn,
 * as MentorFlow 0.1 deployed it) runs to its end after the upgrade: its meetings and agreement changes ran
 * beside it, and its own last steps still end them. docs/model-guide.md, "Upgrading running instances".
 */
class LegacyMentorshipVersionTest extends IntegrationTest {

    @Autowired
    MentorshipRequests requests;
    @Autowired
    Mentorships mentorships;

    /** A fresh mentee with a complete application and a mentor with one place. */
    Person mentee;
    Person mentor;

    private static final AgreementTerms NINE_MONTHS = new AgreementTerms(9, 8, "once a month", "video calls",
            "every two weeks", "Learn to lead a team.", "A pause over the summer");

    @Autowired
    Agreements agreements;

    @Autowired
    MentorshipLifecycle lifecycle;

    @Autowired
    Meetings meetings;

    Deployment v1;
    ProcessInstance mentorship;

    /** v1 deployed last stands for an instance started before the upgrade; removed again after each test. */
    @BeforeEach
    void mentorshipStartedOnVersionOne() {
        mentee = people.mentee();
        mentor = people.mentor(1);
        v1 = repositoryService().createDeployment().name("mentorship v1 (before the process tree)")
                .addClasspathResource("legacy/mentorship-v1.bpmn")
                .addClasspathResource("forms/review-mentorship-request.form")
                .addClasspathResource("forms/propose-meeting.form")
                .addClasspathResource("forms/finish-mentorship.form")
                .addClasspathResource("forms/confirm-completion.form")
                .addClasspathResource("forms/check-inactive-mentorship.form")
                .deploy();
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T09:00:00Z")));
        mentorship = MentorshipJourney.running(requests, mentee, mentor);
        assertThat(repositoryService().getProcessDefinition(mentorship.getProcessDefinitionId()).getDeploymentId())
                .isEqualTo(v1.getId());
        complete(taskQuery().processInstanceId(mentorship.getId()).taskDefinitionKey(MeetingProcess.TASK_PROPOSE_MEETING).singleResult(),
                withVariables(MeetingProcess.PROPOSED_START.name(), "2026-03-10T17:00+01:00", MeetingProcess.PROPOSED_DURATION.name(), 60,
                        MeetingProcess.PROPOSED_PLACE.name(), "Online", MeetingProcess.PROPOSED_TOPIC.name(), "CV review"));
    }

    @AfterEach
    void removeVersionOne() {
        repositoryService().deleteDeployment(v1.getId(), true);
    }

    @Test
    void cancelledV1MentorshipEndsTheMeetingAndChangeThatRanBesideIt() {
        agreements.proposeAmendment(id(), mentee.getId(), NINE_MONTHS);
        assertThat(topLevel(MeetingProcess.KEY)).isOne();
        assertThat(topLevel(AmendmentProcess.KEY)).isOne();

        lifecycle.cancel(id(), mentor.getId(), "I changed jobs.");
        execute(job("Task_MailCancelled", mentorship));

        assertThat(mentorship).isEnded().hasPassed("Task_CancelOpenMeetings", "EndEvent_MentorshipCancelled");
        ProcessTree.assertNothingLeft(mentorship);
        assertThat(meetings.of(id())).extracting(Meeting::getStatus).containsExactly(Meeting.Status.CANCELLED);
    }

    @Test
    void completedV1MentorshipEndsAMeetingStillBeingPlanned() {
        // finishing needs a confirmed meeting in v1 too: the one proposed before is held, a second one is planned
        MentorshipJourney.holdProposed(runtimeService().createProcessInstanceQuery().processDefinitionKey(MeetingProcess.KEY)
                .processInstanceBusinessKey(mentorship.getBusinessKey()).singleResult(), Instant.parse("2026-03-10T16:00:00Z"));
        complete(taskQuery().processInstanceId(mentorship.getId()).taskDefinitionKey(MeetingProcess.TASK_PROPOSE_MEETING).singleResult(),
                withVariables(MeetingProcess.PROPOSED_START.name(), "2026-03-24T17:00+01:00", MeetingProcess.PROPOSED_DURATION.name(), 60,
                        MeetingProcess.PROPOSED_PLACE.name(), "Online", MeetingProcess.PROPOSED_TOPIC.name(), "Interviews"));
        complete(taskQuery().processInstanceId(mentorship.getId()).taskDefinitionKey(TASK_FINISH_MENTORSHIP).singleResult(),
                MentorshipJourney.finishedEarly());
        execute(job("Task_MailConfirmCompletion", mentorship));
        complete(taskQuery().processInstanceId(mentorship.getId()).taskDefinitionKey(TASK_CONFIRM_COMPLETION).singleResult(),
                withVariables(COMPLETION_CONFIRMED.name(), "yes"));
        execute(job("Task_IssueCertificates", mentorship));
        execute(job("Task_MailCompleted", mentorship));

        assertThat(mentorship).isEnded().hasPassed("Task_MarkCompleted", "EndEvent_MentorshipCompleted");
        ProcessTree.assertNothingLeft(mentorship);
        assertThat(mentorships.get(id()).getState()).isEqualTo(MentorshipState.COMPLETED);
        assertThat(meetings.of(id())).extracting(Meeting::getStatus)
                .containsExactlyInAnyOrder(Meeting.Status.HELD, Meeting.Status.CANCELLED);
    }

    private long id() {
        return Long.parseLong(mentorship.getBusinessKey());
    }

    private long topLevel(String key) {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(key).rootProcessInstances()
                .processInstanceBusinessKey(mentorship.getBusinessKey()).count();
    }
}
