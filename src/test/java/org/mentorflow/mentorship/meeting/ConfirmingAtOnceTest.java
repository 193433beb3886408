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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
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

    /** In the normal build; {@link #fiveHundredTimes()} (benchmark) does it 500 times and prints the figures. */
    private static final int MEETINGS = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MentorshipRequests requests;
    @Autowired
    Meetings meetings;

    @Test
    void bothAnswersAtOnceAreKeptAndTheMeetingIsHeldOnce() throws Exception {
        confirmAtOnce(MEETINGS);
    }

    /** The figure: 500 meetings confirmed by both at the same instant . */
    @Test
    @Tag("benchmark")
    void fiveHundredTimes() throws Exception {
        Map<String, Object> figures = confirmAtOnce(500);
        System.out.println("confirming at once: " + figures);
        Path results = Path.of("target", "benchmark", "results.json");
        Files.createDirectories(results.getParent());
        // other benchmarks write their own parts of the same file
        ObjectNode all = Files.exists(results) && JSON.readTree(Files.readString(results)) instanceof ObjectNode existing
                ? existing : JSON.createObjectNode();
        all.set("confirmingAtOnce", JSON.valueToTree(figures));
        Files.writeString(results, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(all));
    }

    private Map<String, Object> confirmAtOnce(int count) throws Exception {
        Person mentee = people.mentee();
        Person mentor = people.mentor(1);
        ProcessInstance mentorship = MentorshipJourney.runningSince(START, requests, mentee, mentor);
        List<ProcessInstance> held = new ArrayList<>();
        long planned = System.nanoTime();
        for (int i = 0; i < count; i++) {
            held.add(proposeAndApprove(mentorship, START.plus(Duration.ofDays(1)).plus(Duration.ofHours(i))));
        }
        double planSeconds = (System.nanoTime() - planned) / 1e9;
        ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(25))));
        held.forEach(meeting -> execute(job(TIMER_MEETING_OVER, meeting)));

        List<String> failures = new ArrayList<>();
        List<Long> apartNanos = new ArrayList<>();
        // two threads of their own, so both are waiting at the barrier before either sends
        ExecutorService partners = Executors.newFixedThreadPool(2);
        long confirming = System.nanoTime();
        for (ProcessInstance meeting : held) {
            Task menteeTask = taskQuery().processInstanceId(meeting.getId()).taskDefinitionKey(TASK_CONFIRM_MENTEE).singleResult();
            Task mentorTask = taskQuery().processInstanceId(meeting.getId()).taskDefinitionKey(TASK_CONFIRM_MENTOR).singleResult();
            CyclicBarrier atOnce = new CyclicBarrier(2);
            long[] released = new long[2];
            Future<HttpResponse<String>> menteeSays = partners.submit(() ->
                    confirm(atOnce, released, 0, menteeTask, mentee, MENTEE_SAYS_HELD.name()));
            Future<HttpResponse<String>> mentorSays = partners.submit(() ->
                    confirm(atOnce, released, 1, mentorTask, mentor, MENTOR_SAYS_HELD.name()));
            for (HttpResponse<String> answer : List.of(menteeSays.get(), mentorSays.get())) {
                if (answer.statusCode() != 204) {
                    failures.add(answer.statusCode() + " " + answer.body());
                }
            }
            apartNanos.add(Math.abs(released[0] - released[1]));
            joinedJobs(meeting).forEach(job -> processEngine.getManagementService().executeJob(job.getId()));
        }

        double confirmSeconds = (System.nanoTime() - confirming) / 1e9;
        partners.shutdown();
        assertThat(failures).as("answers refused or failed").isEmpty();
        for (ProcessInstance meeting : held) {
            execute(job(TASK_MAIL_FEEDBACK_REQUEST, meeting));
            assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(meeting.getId()).count()).isZero();
        }
        long mentorshipId = Long.parseLong(mentorship.getBusinessKey());
        assertThat(meetings.of(mentorshipId)).filteredOn(m -> m.getStatus() == Meeting.Status.HELD).hasSize(count);
        assertThat(meetings.of(mentorshipId)).allMatch(m -> m.getStatus() == Meeting.Status.HELD);
        assertThat(meetings.heldCount(mentorshipId)).isEqualTo(count);
        Collections.sort(apartNanos);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("meetings", count);
        figures.put("failedAnswers", failures.size());
        figures.put("planSeconds", Math.round(planSeconds * 10) / 10.0);
        figures.put("confirmSeconds", Math.round(confirmSeconds * 10) / 10.0);
        figures.put("medianMicrosApartAtRelease", apartNanos.get(apartNanos.size() / 2) / 1000);
        System.out.printf("confirming at once: %d meetings planned in %.1f s, confirmed by both at once in %.1f s,"
                + " no 5xx, each held once; the two sends left the barrier %d µs apart (median)%n", count, planSeconds,
                confirmSeconds, apartNanos.get(apartNanos.size() / 2) / 1000);
        return figures;
    }

    private ProcessInstance proposeAndApprove(ProcessInstance mentorship, Instant start) {
        complete(taskQuery().processInstanceId(mentorship.getId()).taskDefinitionKey(TASK_PROPOSE_MEETING).singleResult(),
                withVariables(PROPOSED_START.name(), start.toString(), PROPOSED_DURATION.name(), 60,
                        PROPOSED_PLACE.name(), "Online", PROPOSED_TOPIC.name(), "Progress"));
        // the new meeting is the one whose proposal mail waits (a lookup per job, not per meeting so far)
        ProcessInstance meeting = processEngine.getManagementService().createJobQuery().activityId(TASK_MAIL_MEETING_PROPOSAL)
                .list().stream()
                .map(job -> runtimeService().createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
                        .processDefinitionKey(KEY).processInstanceBusinessKey(mentorship.getBusinessKey()).singleResult())
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
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

    private HttpResponse<String> confirm(CyclicBarrier atOnce, long[] released, int side, Task task, Person person,
            String variable) throws Exception {
        atOnce.await();
        released[side] = System.nanoTime();
        return postJson("/engine-rest/task/" + task.getId() + "/complete", person.getId(), "secret", "en",
                "{\"variables\": {\"" + variable + "\": {\"value\": \"yes\", \"type\": \"String\"}}}");
    }
}
