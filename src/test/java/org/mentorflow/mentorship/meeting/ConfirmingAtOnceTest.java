package org.mentorflow.mentorship.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mentorflow.mentorship.MentorshipJourney.START;
import static org.mentorflow.mentorship.meeting.MeetingProcess.*;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Mentee and mentor confirm the same meeting at the same instant, through REST as Tasklist does: both answers are
 * kept, neither gets an error (the join at "Both answered" runs after both steps, in a job the engine retries on a
 * conflict), and each meeting is recorded once.
 */
class ConfirmingAtOnceTest extends IntegrationTest {

    private static final int MEETINGS = 20;

    @Autowired
    MentorshipRequests requests;
    @Autowired
    Meetings meetings;

    @Test
    void bothAnswersAtOnceAreKeptAndTheMeetingIsHeldOnce() throws Exception {
        Person mentee = people.mentee();
        Person mentor = people.mentor(1);
        ProcessInstance mentorship = MentorshipJourney.runningSince(START, requests, mentee, mentor);
        List<ProcessInstance> held = new ArrayList<>();
        for (int i = 0; i < MEETINGS; i++) {
            held.add(proposeAndApprove(mentorship, START.plus(Duration.ofDays(1)).plus(Duration.ofHours(i))));
        }
        ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(3))));
        held.forEach(meeting -> execute(job(TIMER_MEETING_OVER, meeting)));

        List<String> failures = new ArrayList<>();
        for (ProcessInstance meeting : held) {
            Task menteeTask = taskQuery().processInstanceId(meeting.getId()).taskDefinitionKey(TASK_CONFIRM_MENTEE).singleResult();
            Task mentorTask = taskQuery().processInstanceId(meeting.getId()).taskDefinitionKey(TASK_CONFIRM_MENTOR).singleResult();
            CyclicBarrier atOnce = new CyclicBarrier(2);
            CompletableFuture<HttpResponse<String>> menteeSays = CompletableFuture.supplyAsync(() ->
                    confirm(atOnce, menteeTask, mentee, MENTEE_SAYS_HELD.name()));
            CompletableFuture<HttpResponse<String>> mentorSays = CompletableFuture.supplyAsync(() ->
                    confirm(atOnce, mentorTask, mentor, MENTOR_SAYS_HELD.name()));
            for (HttpResponse<String> answer : List.of(menteeSays.get(), mentorSays.get())) {
                if (answer.statusCode() != 204) {
                    failures.add(answer.statusCode() + " " + answer.body());
                }
            }
            joinedJobs(meeting).forEach(job -> processEngine.getManagementService().executeJob(job.getId()));
        }

        assertThat(failures).as("answers refused or failed").isEmpty();
        for (ProcessInstance meeting : held) {
            execute(job(TASK_MAIL_FEEDBACK_REQUEST, meeting));
            assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(meeting.getId()).count()).isZero();
        }
        long mentorshipId = Long.parseLong(mentorship.getBusinessKey());
        assertThat(meetings.of(mentorshipId)).filteredOn(m -> m.getStatus() == Meeting.Status.HELD).hasSize(MEETINGS);
        assertThat(meetings.heldCount(mentorshipId)).isEqualTo(MEETINGS);
    }

    private ProcessInstance proposeAndApprove(ProcessInstance mentorship, Instant start) {
        complete(taskQuery().processInstanceId(mentorship.getId()).taskDefinitionKey(TASK_PROPOSE_MEETING).singleResult(),
                withVariables(PROPOSED_START.name(), start.toString(), PROPOSED_DURATION.name(), 60,
                        PROPOSED_PLACE.name(), "Online", PROPOSED_TOPIC.name(), "Progress"));
        ProcessInstance meeting = runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(mentorship.getBusinessKey()).active().list().stream()
                .filter(candidate -> taskQuery().processInstanceId(candidate.getId()).count() == 0
                        && processEngine.getManagementService().createJobQuery().processInstanceId(candidate.getId())
                                .activityId(TASK_MAIL_MEETING_PROPOSAL).count() == 1)
                .findFirst().orElseThrow();
        execute(job(TASK_MAIL_MEETING_PROPOSAL, meeting));
        complete(taskQuery().processInstanceId(meeting.getId()).singleResult(), withVariables(TIME_DECISION.name(), "approve"));
        execute(job(TASK_MAIL_INVITATIONS, meeting));
        return meeting;
    }

    /** The steps after "Both answered", waiting as jobs once both have answered (none before the change). */
    private List<Job> joinedJobs(ProcessInstance meeting) {
        return processEngine.getManagementService().createJobQuery().processInstanceId(meeting.getId())
                .activityId(GATEWAY_BOTH_ANSWERED).list();
    }

    private HttpResponse<String> confirm(CyclicBarrier atOnce, Task task, Person person, String variable) {
        try {
            atOnce.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return postJson("/engine-rest/task/" + task.getId() + "/complete", person.getId(), "secret", "en",
                "{\"variables\": {\"" + variable + "\": {\"value\": \"yes\", \"type\": \"String\"}}}");
    }
}
