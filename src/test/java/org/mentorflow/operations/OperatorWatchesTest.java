package org.mentorflow.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.Groups;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The operator's endpoints as a load balancer, a Prometheus scraper and a visitor meet them, and the figures moving
 * with what happens in the engine. The figures are reused for five seconds: each reading moves the engine clock on
 * by ten, from a day far ahead so that every timer ever set stays due between readings.
 */
class OperatorWatchesTest extends IntegrationTest {

    private static final Instant FAR_AHEAD = Instant.parse("2100-01-01T00:00:00Z");

    @Autowired
    MeterRegistry registry;
    @Autowired
    MentorshipRequests requests;
    @Autowired
    IdentityService identity;

    private Instant clock = FAR_AHEAD;

    @Test
    void livenessAndReadinessAnswerEveryoneWithTheirStatusOnly() {
        for (String path : new String[] {"/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health/mail"}) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.body()).as(path).isEqualTo("{\"status\":\"UP\"}");
        }
        assertThat(get("/actuator/health").body()).as("the groups' names, no components")
                .isEqualTo("{\"status\":\"UP\",\"groups\":[\"liveness\",\"mail\",\"readiness\"]}");
    }

    @Test
    void administratorsSeeWhatReadinessIsMadeOf() {
        Person admin = people.admin();

        HttpResponse<String> readiness = get("/actuator/health/readiness", admin.getId(), "secret");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"db\":{\"status\":\"UP\"", "\"readinessState\":{\"status\":\"UP\"}",
                // the tests run no job executor, as a node switched to run none: ready all the same
                "\"jobExecutor\":{\"status\":\"UP\",\"details\":{\"enabled\":false}}");
        assertThat(readiness.body()).as("the mail server is a group of its own").doesNotContain("\"mail\"");
        assertThat(get("/actuator/health/mail", admin.getId(), "secret").body())
                .contains("\"mail\":{\"status\":\"UP\",\"details\":{\"host\":\"127.0.0.1\",\"port\":" + SMTP.getSmtp().getPort());
    }

    @Test
    void metricsAreForAdministratorsAndMonitoringAccountsOnly() {
        Person mentee = people.mentee();
        Person admin = people.admin();
        String scraper = monitoringAccount();

        HttpResponse<String> anonymous = get("/actuator/prometheus");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"default\"");
        assertThat(anonymous.body()).isEqualTo("{\"message\":\"Log in as an administrator or a monitoring account (HTTP Basic) to read this.\"}");
        assertThat(anonymous.headers().firstValue("Set-Cookie")).as("no session for a refused scrape").isEmpty();

        HttpResponse<String> participant = get("/actuator/prometheus", mentee.getId(), "secret");
        assertThat(participant.statusCode()).isEqualTo(403);
        assertThat(participant.body()).contains("Only administrators and monitoring accounts may read");
        assertThat(get("/actuator/metrics", mentee.getId(), "secret").statusCode()).isEqualTo(403);
        assertThat(get("/actuator/health", mentee.getId(), "secret").body()).as("status only")
                .doesNotContain("components");
        assertThat(get("/actuator/prometheus", mentee.getId(), "wrong").statusCode()).as("wrong password").isEqualTo(401);

        for (String reader : new String[] {admin.getId(), scraper}) {
            HttpResponse<String> scrape = get("/actuator/prometheus", reader, "secret");
            assertThat(scrape.statusCode()).as(reader).isEqualTo(200);
            assertThat(scrape.body()).as(reader).contains("mentorflow_jobs_due{", "mentorflow_incidents_open{",
                    "mentorflow_mail_backlog{", "mentorflow_mail_backlog_oldest_seconds{", "mentorflow_mail_failed{",
                    "http_server_requests_seconds_count{", "executor_active_threads{");
            assertThat(scrape.headers().firstValue("Set-Cookie")).as("Basic makes no session").isEmpty();
        }
        assertThat(get("/actuator/health", scraper, "secret").body()).contains("\"components\"");
        assertThat(BrowserSession.loggedIn(port, people.mentee().getId(), "secret").get("/actuator/prometheus")
                .statusCode()).as("a participant's portal session").isEqualTo(403);
        // the scraper's account opens nothing else: no process definition is visible to it through the engine API
        assertThat(get("/engine-rest/process-definition/count", scraper, "secret").body()).isEqualTo("{\"count\":0}");
        assertThat(get("/engine-rest/process-definition/count", admin.getId(), "secret").body()).isNotEqualTo("{\"count\":0}");
        HttpResponse<String> inBrowser = BrowserSession.loggedIn(port, admin.getId(), "secret").get("/actuator/prometheus");
        assertThat(inBrowser.statusCode()).as("an administrator's portal session").isEqualTo(200);
    }

    @Test
    void dueJobsAndIncidentsFollowTheEngine() {
        double due = figure("mentorflow.jobs.due");
        double incidents = figure("mentorflow.incidents.open");

        // the mail to the mentor is an asynchronous step: a job due at once, until an executor runs it
        ProcessInstance mentorship = MentorshipJourney.processOf(
                requests.request(people.mentee().getId(), people.mentor(1).getId(), "Would you be my mentor?"));
        Job mail = job(MentorshipProcess.TASK_MAIL_REQUEST_TO_MENTOR, mentorship);
        assertThat(figure("mentorflow.jobs.due")).isEqualTo(due + 1);

        // its retries used up: no longer due, an incident instead
        processEngine.getManagementService().setJobRetries(mail.getId(), 0);
        assertThat(figure("mentorflow.jobs.due")).isEqualTo(due);
        assertThat(figure("mentorflow.incidents.open")).isEqualTo(incidents + 1);

        // an operator retries it (Cockpit): due again, the incident gone; it runs, and nothing is due
        processEngine.getManagementService().setJobRetries(mail.getId(), 1);
        assertThat(figure("mentorflow.incidents.open")).isEqualTo(incidents);
        assertThat(figure("mentorflow.jobs.due")).isEqualTo(due + 1);
        execute(mail);
        assertThat(figure("mentorflow.jobs.due")).isEqualTo(due);

        // any other kind counts too (an external task's, one a plug-in raises)
        Incident custom = processEngine.getRuntimeService().createIncident("mentorflowTest", task(mentorship).getExecutionId(),
                "test");
        assertThat(figure("mentorflow.incidents.open")).isEqualTo(incidents + 1);
        processEngine.getRuntimeService().resolveIncident(custom.getId());
        assertThat(figure("mentorflow.incidents.open")).isEqualTo(incidents);
    }

    @Test
    void aCompletedTaskIsTimedFromItsCreation() {
        ProcessInstance mentorship = MentorshipJourney.requestedAndMailed(requests, people.mentee(), people.mentor(1));
        long before = reviews().map(Timer::count).orElse(0L);
        double secondsBefore = reviews().map(timer -> timer.totalTime(TimeUnit.SECONDS)).orElse(0.0);
        double[] bucketsBefore = buckets();

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(30))));
        complete(task(mentorship), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_ACCEPT));

        Timer timer = reviews().orElseThrow();
        assertThat(timer.count()).isEqualTo(before + 1);
        assertThat(timer.totalTime(TimeUnit.SECONDS) - secondsBefore).isBetween(30 * 3600.0, 30 * 3600.0 + 60);
        // a day and a half: outside the buckets up to a day, inside those from three days
        double[] bucketsAfter = buckets();
        assertThat(bucketsAfter[0] - bucketsBefore[0]).as("within an hour").isZero();
        assertThat(bucketsAfter[1] - bucketsBefore[1]).as("within a day").isZero();
        assertThat(bucketsAfter[2] - bucketsBefore[2]).as("within three days").isEqualTo(1);
        assertThat(get("/actuator/prometheus", people.admin().getId(), "secret").body()).contains(
                "mentorflow_task_completion_seconds_bucket{application=\"mentorflow\",process=\"mentorship\","
                        + "task=\"Task_ReviewRequest\",le=\"259200.0\"}");
    }

    /** The review timer's cumulative bucket counts (an hour, a day, three days ...), none before its first record. */
    private double[] buckets() {
        return reviews().map(timer -> java.util.Arrays.stream(timer.takeSnapshot().histogramCounts())
                .mapToDouble(CountAtBucket::count).toArray()).orElse(new double[6]);
    }

    private java.util.Optional<Timer> reviews() {
        return java.util.Optional.ofNullable(registry.find(TaskCompletionTimer.NAME)
                .tags("task", MentorshipProcess.TASK_REVIEW_REQUEST).timer());
    }

    /** A gauge as the next scrape reads it: the clock moved past the figures' five seconds. */
    private double figure(String name) {
        clock = clock.plusSeconds(10);
        ClockUtil.setCurrentTime(Date.from(clock));
        return registry.get(name).gauge().value();
    }

    /** An account of the monitoring group only, as an administrator makes one in Camunda Admin for Prometheus. */
    private String monitoringAccount() {
        String id = "scraper" + UUID.randomUUID().toString().substring(0, 8);
        User user = identity.newUser(id);
        user.setPassword("secret");
        user.setEmail(id + "@test.example");
        identity.saveUser(user);
        identity.createMembership(id, Groups.MONITORING);
        return id;
    }
}
