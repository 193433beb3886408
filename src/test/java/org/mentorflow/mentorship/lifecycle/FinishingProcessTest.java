package org.mentorflow.mentorship.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mentorflow.mentorship.MentorshipProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.Person;
import org.mentorflow.system.StepRefusedException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lifecycle's own sense of finishing (processes/mentorship.bpmn): offered once a first meeting is confirmed as
 * held by both; early (before the agreed end, fewer meetings than agreed) only with a reason, which the mentor
 * reads in the confirmation and both read on My mentoring.
 */
class FinishingProcessTest extends IntegrationTest {

    private static final String PROGRESS = "You agreed on 6 meetings and have held 1; the agreement runs until 2 September 2026.";

    @Autowired
    MentorshipRequests requests;
    @Autowired
    Mentorships mentorships;

    Person mentee;
    Person mentor;

    @BeforeEach
    void startTheClock() {
        mentee = people.mentee();
        mentor = people.mentor(1);
        ClockUtil.setCurrentTime(Date.from(MentorshipJourney.START));
    }

    @Test
    void finishingIsNotOfferedBeforeAConfirmedMeetingAndThePortalSaysWhy() {
        ProcessInstance mentorship = MentorshipJourney.running(requests, mentee, mentor);

        assertThat(mentorship).isWaitingAt(EVENT_FIRST_MEETING_HELD).isNotWaitingAt(TASK_FINISH_MENTORSHIP);
        String page = BrowserSession.loggedIn(port, mentee.getId(), "secret").get("/my").body();
        assertThat(page).contains("Finishing becomes possible once your first meeting is confirmed.")
                .doesNotContain(">Finish mentorship<");

        MentorshipJourney.heldMeeting(mentorship, MentorshipJourney.START.plus(Duration.ofDays(7)));

        assertThat(mentorship).isWaitingAt(TASK_FINISH_MENTORSHIP);
        assertThat(BrowserSession.loggedIn(port, mentee.getId(), "secret").get("/my").body())
                .contains(">Finish mentorship<").contains(PROGRESS)
                .doesNotContain("Finishing becomes possible once your first meeting is confirmed.");
    }

    @Test
    void anEarlyFinishWithoutAReasonIsRefusedWithTheAgreedFrame() {
        ProcessInstance mentorship = MentorshipJourney.finishable(requests, mentee, mentor);
        Task finish = finishTask(mentorship);

        assertThat(taskService().getVariablesLocal(finish.getId()))
                .containsEntry(FINISHING_EARLY.name(), true).containsEntry(FINISH_PROGRESS.name(), PROGRESS);
        assertThatThrownBy(() -> taskService().complete(finish.getId(), withVariables(FINAL_MEETING_HELD.name(), true)))
                .isInstanceOf(StepRefusedException.class)
                .hasMessage(PROGRESS + " Finishing early needs a reason, which your mentor reads.");
        assertThat(mentorship).isWaitingAt(TASK_FINISH_MENTORSHIP);
    }

    @Test
    void anEarlyFinishsReasonReachesTheMentorAndStaysWithTheMentorship() {
        ProcessInstance mentorship = MentorshipJourney.finishable(requests, mentee, mentor);

        complete(finishTask(mentorship), MentorshipJourney.finishedEarly());
        execute(job(TASK_MAIL_CONFIRM_COMPLETION, mentorship));

        Task confirm = taskQuery().processInstanceId(mentorship.getId()).taskDefinitionKey(TASK_CONFIRM_COMPLETION).singleResult();
        assertThat(confirm.getAssignee()).isEqualTo(mentor.getId());
        assertThat(taskService().getVariables(confirm.getId()))
                .containsEntry(EARLY_FINISH_REASON.name(), MentorshipJourney.EARLY_REASON);
        assertThat(mentorships.get(Long.parseLong(mentorship.getBusinessKey())).getEarlyFinishReason())
                .isEqualTo(MentorshipJourney.EARLY_REASON);
        for (Person participant : new Person[] {mentor, mentee}) {
            assertThat(BrowserSession.loggedIn(port, participant.getId(), "secret").get("/my").body())
                    .contains("Asked to finish early. The reason: " + MentorshipJourney.EARLY_REASON);
        }
    }

    @Test
    void aFinishWithinTheAgreedFrameNeedsNoReason() {
        ProcessInstance mentorship = MentorshipJourney.running(requests, mentee, mentor);
        for (int week = 1; week <= 6; week++) {
            MentorshipJourney.heldMeeting(mentorship, MentorshipJourney.START.plus(Duration.ofDays(7L * week)));
        }
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-09-03T09:00:00Z")));

        complete(finishTask(mentorship), withVariables(FINAL_MEETING_HELD.name(), true));
        execute(job(TASK_MAIL_CONFIRM_COMPLETION, mentorship));
        complete(taskQuery().processInstanceId(mentorship.getId()).taskDefinitionKey(TASK_CONFIRM_COMPLETION).singleResult(),
                withVariables(COMPLETION_CONFIRMED.name(), "yes"));

        assertThat(mentorship).hasPassed(END_COMPLETION_AGREED);
        assertThat(mentorships.get(Long.parseLong(mentorship.getBusinessKey())).getEarlyFinishReason()).isNull();
    }

    private static Task finishTask(ProcessInstance mentorship) {
        return taskQuery().processInstanceId(mentorship.getId()).taskDefinitionKey(TASK_FINISH_MENTORSHIP).singleResult();
    }
}
