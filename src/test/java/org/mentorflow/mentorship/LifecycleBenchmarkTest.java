package org.mentorflow.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.StatementCounter;
import org.mentorflow.mentorship.meeting.MeetingProcess;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whole mentorships per second, MentorFlow against a bare model with the same user tasks, forms and timers and no
 * delegates ({@code bare-mentorship.bpmn}), deployed beside ours: one engine, one PostgreSQL (history full), one
 * driver. The driver acts as the participants would, over HTTP on /engine-rest with Basic: it fetches the person's
 * task and submits the form's variables; between steps it executes the due jobs (the job executor is off in tests),
 * so every mail goes through the outbox and out to GreenMail within the measured time (test delivery is on the
 * committing thread). Timed runs first (warm-up, then three repetitions), then one counting run per model with a
 * JDBC statement counter (PgJDBC's own protocol log, counted, never written) and PostgreSQL's n_tup_ins.
 * Prints a table and writes {@code target/benchmark/results.json}; asserts that every mentorship ran to its end,
 * no timing. Not part of the default build: {@code ./mvnw -B verify -Pbenchmark} ({@code -Dbenchmark.mentorships=N}).
 */
@Tag("benchmark")
class LifecycleBenchmarkTest extends IntegrationTest {

    static final int MENTORSHIPS = Integer.getInteger("benchmark.mentorships", 10);
    static final int WARM_UP = 2;
    static final int REPETITIONS = 3;
    static final int MEETINGS = 2;
    static final String BARE = "bare-mentorship";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    MentorshipRequests requests;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;

    /** One way of starting a mentorship of this pair; the rest of the driving is the same for both models. */
    enum Model {
        MENTORFLOW, BARE
    }

    private final List<Long> submitNanos = new ArrayList<>();
    private int userTasks;
    private int jobs;
    private long jobNanos;
    private int failedJobs;
    private String firstFailure = "";
    /** Time by step (a user task's submit, a job's activity) of the timed runs, per model, for where the time goes. */
    private final Map<Model, Map<String, Long>> stepNanos = new LinkedHashMap<>();
    private Model current;
    private boolean timing;

    @Test
    void wholeMentorshipsAgainstTheBareModel() throws IOException {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(BARE).count() == 0) {
            repository.createDeployment().name(BARE).addClasspathResource(BARE + ".bpmn").deploy();
        }
        ClockUtil.setCurrentTime(Date.from(MentorshipJourney.START));
        run(Model.MENTORFLOW, WARM_UP);
        run(Model.BARE, WARM_UP);

        Map<Model, List<Double>> perSecond = new LinkedHashMap<>();
        Map<Model, List<Long>> latencies = new LinkedHashMap<>();
        Map<Model, List<Timed>> runs = new LinkedHashMap<>();
        timing = true;
        for (int repetition = 0; repetition < REPETITIONS; repetition++) {
            for (Model model : Model.values()) {
                Timed timed = run(model, MENTORSHIPS);
                perSecond.computeIfAbsent(model, m -> new ArrayList<>()).add(timed.tasks() / timed.seconds());
                latencies.computeIfAbsent(model, m -> new ArrayList<>()).addAll(timed.submitNanos());
                runs.computeIfAbsent(model, m -> new ArrayList<>()).add(timed);
            }
        }
        timing = false;
        Map<Model, Counted> counted = new LinkedHashMap<>();
        for (Model model : Model.values()) {
            counted.put(model, counted(model, MENTORSHIPS));
        }
        report(perSecond, latencies, runs, counted);
        assertThat(failedJobs).as("jobs that failed, first: " + firstFailure).isZero();
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where status in ('PENDING', 'SENDING')",
                Long.class)).as("mails left in the outbox").isZero();
    }

    /** @param jobSeconds the share of the run spent executing due jobs: mails (with their delivery), certificates */
    private record Timed(int tasks, double seconds, List<Long> submitNanos, int jobs, double jobSeconds, long mails) {
    }

    private record Counted(int tasks, long statements, long rowsInserted) {
    }

    /** N mentorships of fresh pairs (made before the clock starts), one after the other. */
    private Timed run(Model model, int mentorships) {
        current = model;
        List<Person[]> pairs = new ArrayList<>();
        for (int i = 0; i < mentorships; i++) {
            pairs.add(new Person[] {people.mentee(), people.mentor(1)});
        }
        userTasks = 0;
        jobs = 0;
        jobNanos = 0;
        submitNanos.clear();
        long mailsBefore = mails();
        long start = System.nanoTime();
        for (Person[] pair : pairs) {
            wholeMentorship(model, pair[0].getId(), pair[1].getId());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(userTasks).isEqualTo(mentorships * (5 + 4 * MEETINGS));
        return new Timed(userTasks, seconds, List.copyOf(submitNanos), jobs, jobNanos / 1e9, mails() - mailsBefore);
    }

    private Counted counted(Model model, int mentorships) {
        StatementCounter counter = new StatementCounter();
        long rowsBefore = rowsInserted();
        counter.start();
        Timed timed;
        try {
            timed = run(model, mentorships);
        } finally {
            counter.stop();
        }
        long rows = rowsInserted() - rowsBefore;
        // a PgJDBC whose log reads otherwise, or statistics not yet reported, must not pass for "nothing"
        assertThat(counter.count()).as("statements counted").isPositive();
        assertThat(rows).as("rows inserted").isPositive();
        return new Counted(timed.tasks(), counter.count(), rows);
    }

    /** Request to certificates: review, agreement, {@link #MEETINGS} meetings, finish and confirm. */
    private void wholeMentorship(Model model, String mentee, String mentor) {
        if (model == Model.MENTORFLOW) {
            requests.request(mentee, mentor, "Would you be my mentor?");
        } else {
            runtime.startProcessInstanceByKey(BARE, Map.of("menteeId", mentee, "mentorId", mentor));
        }
        runDueJobs();
        submit(mentor, MentorshipProcess.TASK_REVIEW_REQUEST, Map.of("decision", "accept"));
        submit(mentee, MentorshipProcess.TASK_WRITE_AGREEMENT, Map.of("agreementDurationMonths", 6,
                "agreementMeetings", 6, "agreementRhythm", "once a month", "agreementContactChannels", "video calls",
                "agreementContactFrequency", "every two weeks", "agreementGoals", "Learn to lead a team.",
                "agreementAgenda", "CV, interviews"));
        submit(mentor, MentorshipProcess.TASK_APPROVE_AGREEMENT, Map.of("agreementDecision", "approve"));
        for (int meeting = 1; meeting <= MEETINGS; meeting++) {
            Instant at = ClockUtil.now().toInstant().plus(Duration.ofDays(7));
            submit(mentee, MeetingProcess.TASK_PROPOSE_MEETING, Map.of("meetingStartsAt", at.toString(),
                    "meetingDurationMinutes", 60, "meetingPlace", "Online", "meetingTopic", "Progress"));
            submit(mentor, MeetingProcess.TASK_APPROVE_MEETING, Map.of("meetingTimeDecision", "approve"));
            ClockUtil.setCurrentTime(Date.from(at.plus(Duration.ofHours(2))));
            runDueJobs();
            submit(mentee, MeetingProcess.TASK_CONFIRM_MENTEE, Map.of("menteeSaysHeld", "yes"));
            submit(mentor, MeetingProcess.TASK_CONFIRM_MENTOR, Map.of("mentorSaysHeld", "yes"));
        }
        submit(mentee, MentorshipProcess.TASK_FINISH_MENTORSHIP, Map.of("finalMeetingHeld", true,
                "earlyFinishReason", MentorshipJourney.EARLY_REASON));
        submit(mentor, MentorshipProcess.TASK_CONFIRM_COMPLETION, Map.of("completionConfirmed", "yes"));
        String key = model == Model.MENTORFLOW ? MentorshipProcess.KEY : BARE;
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(key).variableValueEquals("menteeId", mentee)
                .count()).as(model + " mentorship of " + mentee + " ended").isZero();
    }

    /** The participant's task of this kind, fetched and completed with the form's variables, as Tasklist would. */
    private void submit(String user, String taskKey, Map<String, Object> variables) {
        HttpResponse<String> tasks = call("GET", "/engine-rest/task?assignee=" + encode(user)
                + "&taskDefinitionKey=" + encode(taskKey), user, null);
        JsonNode list = read(tasks.body());
        assertThat(list.size()).as(taskKey + " of " + user + ": " + tasks.body()).isEqualTo(1);
        String taskId = list.get(0).get("id").asText();
        ObjectNode body = JSON.createObjectNode();
        ObjectNode values = body.putObject("variables");
        variables.forEach((name, value) -> values.putObject(name).putPOJO("value", value)
                .put("type", value instanceof Integer ? "Integer" : value instanceof Boolean ? "Boolean" : "String"));
        long start = System.nanoTime();
        HttpResponse<String> answer = call("POST", "/engine-rest/task/" + taskId + "/submit-form", user, body.toString());
        long took = System.nanoTime() - start;
        submitNanos.add(took);
        step("submit " + taskKey, took);
        assertThat(answer.statusCode()).as(taskKey + ": " + answer.body()).isBetween(200, 204);
        userTasks++;
        runDueJobs();
    }

    /** What the job executor would do next: every due job, mails (and their delivery) included. */
    private void runDueJobs() {
        for (int round = 0; round < 100; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            long start = System.nanoTime();
            for (Job job : due) {
                try {
                    long jobStart = System.nanoTime();
                    management.executeJob(job.getId());
                    step("job " + activityOf(job), System.nanoTime() - jobStart);
                    jobs++;
                } catch (RuntimeException failed) {
                    firstFailure = failedJobs++ == 0 ? failed.toString() : firstFailure;
                }
            }
            jobNanos += System.nanoTime() - start;
        }
    }

    private final Map<String, String> activities = new java.util.HashMap<>();

    private String activityOf(Job job) {
        return job.getJobDefinitionId() == null ? "?" : activities.computeIfAbsent(job.getJobDefinitionId(),
                id -> management.createJobDefinitionQuery().jobDefinitionId(id).singleResult().getActivityId());
    }

    private void step(String name, long nanos) {
        if (timing) {
            stepNanos.computeIfAbsent(current, m -> new LinkedHashMap<>()).merge(name, nanos, Long::sum);
        }
    }

    private HttpResponse<String> call(String method, String path, String user, String json) {
        String basic = Base64.getEncoder().encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).header("Accept-Language", "en");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return HTTP.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Rows inserted into every table so far, once PostgreSQL's backends have reported (idle ones within 10 s). */
    private long rowsInserted() {
        try {
            Thread.sleep(11_000); // not a test's wait for a timer: PostgreSQL's statistics lag by design
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        jdbc.execute("select pg_stat_clear_snapshot()");
        return jdbc.queryForObject("select coalesce(sum(n_tup_ins), 0) from pg_stat_user_tables", Long.class);
    }

    private void report(Map<Model, List<Double>> perSecond, Map<Model, List<Long>> latencies,
            Map<Model, List<Timed>> runs, Map<Model, Counted> counted) throws IOException {
        double ours = median(perSecond.get(Model.MENTORFLOW));
        double bare = median(perSecond.get(Model.BARE));
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("mentorshipsPerRun", MENTORSHIPS);
        figures.put("meetingsPerMentorship", MEETINGS);
        figures.put("userTasksPerMentorship", 5 + 4 * MEETINGS);
        figures.put("repetitions", REPETITIONS);
        for (Model model : Model.values()) {
            Map<String, Object> of = new LinkedHashMap<>();
            of.put("userTaskCompletionsPerSecond", perSecond.get(model));
            of.put("userTaskCompletionsPerSecondMedian", median(perSecond.get(model)));
            of.put("submitLatencyMedianMs", medianMillis(latencies.get(model)));
            of.put("submitLatencyP95Ms", percentileMillis(latencies.get(model), 0.95));
            List<Timed> timed = runs.get(model);
            double seconds = timed.stream().mapToDouble(Timed::seconds).sum();
            of.put("jobsPerMentorship", timed.stream().mapToInt(Timed::jobs).sum() / (double) (REPETITIONS * MENTORSHIPS));
            of.put("mailsPerMentorship", timed.stream().mapToLong(Timed::mails).sum() / (double) (REPETITIONS * MENTORSHIPS));
            of.put("shareOfTimeInJobsAndMailDrain", timed.stream().mapToDouble(Timed::jobSeconds).sum() / seconds);
            Map<String, Long> steps = stepNanos.getOrDefault(model, Map.of());
            Map<String, Double> msPerMentorship = new LinkedHashMap<>();
            steps.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(step -> msPerMentorship.put(step.getKey(), step.getValue() / 1e6 / (REPETITIONS * MENTORSHIPS)));
            of.put("stepMillisPerMentorship", msPerMentorship);
            Counted c = counted.get(model);
            of.put("sqlStatementsPerUserTask", (double) c.statements() / c.tasks());
            of.put("rowsInsertedPerUserTask", (double) c.rowsInserted() / c.tasks());
            figures.put(model.name().toLowerCase(Locale.ROOT), of);
        }
        figures.put("ratioMentorFlowToBare", ours / bare);

        Counted oursCounted = counted.get(Model.MENTORFLOW);
        Counted bareCounted = counted.get(Model.BARE);
        double oursStatements = (double) oursCounted.statements() / oursCounted.tasks();
        double bareStatements = (double) bareCounted.statements() / bareCounted.tasks();
        double oursRows = (double) oursCounted.rowsInserted() / oursCounted.tasks();
        double bareRows = (double) bareCounted.rowsInserted() / bareCounted.tasks();
        double oursLatency = medianMillis(latencies.get(Model.MENTORFLOW));
        double bareLatency = medianMillis(latencies.get(Model.BARE));
        String table = String.format(Locale.ROOT, """

                Lifecycle benchmark: %d whole mentorships (%d user tasks each) per run, %d runs, PostgreSQL, history full
                | measure | MentorFlow | bare | ratio |
                |---|---|---|---|
                | user-task completions/s (median of runs) | %.1f | %.1f | %.2f |
                | runs | %s | %s | |
                | median submit latency, ms | %.1f | %.1f | %.2f |
                | SQL statements per user task | %.1f | %.1f | %.2f |
                | rows inserted per user task | %.1f | %.1f | %.2f |
                | jobs / mails per mentorship | %.1f / %.1f | %.1f / %.1f | |
                | share of time in jobs and the outbox drain | %.0f %% | %.0f %% | |
                """, MENTORSHIPS, 5 + 4 * MEETINGS, REPETITIONS, ours, bare, ours / bare,
                rounded(perSecond.get(Model.MENTORFLOW)), rounded(perSecond.get(Model.BARE)),
                oursLatency, bareLatency, oursLatency / bareLatency, oursStatements, bareStatements,
                oursStatements / bareStatements, oursRows, bareRows, oursRows / bareRows,
                of(figures, Model.MENTORFLOW, "jobsPerMentorship"), of(figures, Model.MENTORFLOW, "mailsPerMentorship"),
                of(figures, Model.BARE, "jobsPerMentorship"), of(figures, Model.BARE, "mailsPerMentorship"),
                100 * of(figures, Model.MENTORFLOW, "shareOfTimeInJobsAndMailDrain"),
                100 * of(figures, Model.BARE, "shareOfTimeInJobsAndMailDrain"));
        StringBuilder steps = new StringBuilder("\n| MentorFlow step | ms per mentorship |\n|---|---|\n");
        stepNanos.getOrDefault(Model.MENTORFLOW, Map.of()).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .forEach(step -> steps.append(String.format(Locale.ROOT, "| %s | %.0f |%n", step.getKey(),
                        step.getValue() / 1e6 / (REPETITIONS * MENTORSHIPS))));
        System.out.println(table + steps);

        Path results = Path.of("target", "benchmark", "results.json");
        Files.createDirectories(results.getParent());
        // other benchmarks may write their own part of the same file
        ObjectNode all = Files.exists(results) && read(Files.readString(results)) instanceof ObjectNode existing
                ? existing : JSON.createObjectNode();
        all.set("lifecycle", JSON.valueToTree(figures));
        Files.writeString(results, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(all));
    }

    @SuppressWarnings("unchecked")
    private static double of(Map<String, Object> figures, Model model, String figure) {
        return ((Number) ((Map<String, Object>) figures.get(model.name().toLowerCase(Locale.ROOT))).get(figure)).doubleValue();
    }

    private long mails() {
        return jdbc.queryForObject("select count(*) from outbox_mail", Long.class);
    }

    private static String rounded(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList().toString();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double medianMillis(List<Long> nanos) {
        return percentileMillis(nanos, 0.5);
    }

    private static double percentileMillis(List<Long> nanos, double percentile) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(percentile * sorted.size()))) / 1e6;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
