package org.mentorflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.certificates.Certificate;
import org.mentorflow.certificates.CertificateRequest;
import org.mentorflow.certificates.CertificateService;
import org.mentorflow.documents.DocumentKind;
import org.mentorflow.documents.Documents;
import org.mentorflow.feedback.FeedbackRequests;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Who may do what with one mentorship M, role by role and door by door: each cell says allowed or denied, one run
 * checks them all, prints the matrix (the README's table) and fails on any leak (allowed where it must be denied) or
 * lockout (denied where it must be allowed). Steps that change M (completing its task, running its job) run on an
 * equal, fresh mentorship where they are expected to succeed, so every cell sees M as it was set up. Administrators
 * count as coordinators in the portal (CurrentLogin.isCoordinator).
 */
class AuthorizationMatrixTest extends IntegrationTest {

    private static final String ENGINE_REST = "/engine-rest/";
    private static final String WEBAPP_API = "/camunda/api/engine/engine/default/";
    private static final String AGREEMENT = """
            {"variables": {"agreementDurationMonths": {"value": 6, "type": "Integer"},
            "agreementMeetings": {"value": 6, "type": "Integer"},
            "agreementRhythm": {"value": "once a month", "type": "String"},
            "agreementContactChannels": {"value": "video calls", "type": "String"},
            "agreementContactFrequency": {"value": "every two weeks", "type": "String"},
            "agreementGoals": {"value": "My own goals.", "type": "String"}}}""";
    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://mentorflow.test">
              <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="start"/>
              </bpmn:process>
            </bpmn:definitions>
            """;
    private static final HttpClient ANONYMOUS = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    enum Role { VISITOR, MENTEE, MENTOR, STRANGER, ANALYST, COORDINATOR, ADMIN }

    enum Door {
        PORTAL("portal"), REST("/engine-rest (Basic)"), WEBAPP("webapps' API (session)"), ACTUATOR("/actuator (Basic)");

        final String label;

        Door(String label) {
            this.label = label;
        }
    }

    /** One expectation: this role, through this door, may (or may not) take this action. */
    record Cell(Role role, Door door, String action, boolean allow) {
    }

    /** What a probe found: whether the action went through, and the evidence (status, what changed). */
    record Outcome(boolean allowed, String evidence) {
    }

    /** Tries one action as one role through one door; {@code allowExpected} picks a fresh mentorship for changes. */
    interface Probe {
        Outcome run(Role role, Door door, boolean allowExpected);
    }

    /** A mentorship with its two people, accepted: the mentee writes the agreement, the reminder timer waits. */
    record World(Person mentee, Person mentor, ProcessInstance process, ProcessInstance agreement, long mentorshipId) {
    }

    @Autowired
    MentorshipRequests requests;
    @Autowired
    Mentorships mentorships;
    @Autowired
    Documents documents;
    @Autowired
    CertificateService certificates;
    @Autowired
    FeedbackRequests feedback;

    private World m;
    private Person stranger;
    private Person analyst;
    private Person coordinator;
    private Person admin;
    private final Map<String, BrowserSession> sessions = new HashMap<>();

    @Test
    void everyRoleGetsWhatItMayThroughEveryDoorAndNothingElse() {
        analyst = people.analyst();
        coordinator = people.coordinator();
        admin = people.admin();
        m = world();
        stranger = people.mentee();
        MentorshipJourney.accepted(requests, stranger, people.mentor(1));
        Task task = writeAgreement(m);
        long cv = documents.store(m.mentee().getId(), DocumentKind.CV,
                new MockMultipartFile("cv", "cv.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII)))
                .document().id();
        Mentorship mentorship = mentorships.get(m.mentorshipId());
        Certificate certificate = certificates.issue(new CertificateRequest(mentorship.getId(), mentorship.getMentee(),
                mentorship.getMentor(), CertificateRequest.MENTEE, "Alumni Mentoring 2026", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 9, 30), 6, null));
        String token = feedback.requestFor("matrix/" + UUID.randomUUID(), "MEETING_HELD", m.mentorshipId(),
                m.mentee().getId(), "MENTEE");

        Map<String, Probe> probes = new LinkedHashMap<>();
        probes.put("read task of M", (role, door, allow) -> read(role, door, m, "task/" + task.getId(), task.getId()));
        probes.put("complete task of M (its form's fields)", (role, door, allow) -> {
            World w = allow ? world() : m;
            Task t = writeAgreement(w);
            HttpResponse<String> answer = engine(role, door, w, "POST",
                    "task/" + t.getId() + (door == Door.REST ? "/complete" : "/submit-form"), AGREEMENT);
            boolean gone = processEngine.getTaskService().createTaskQuery().taskId(t.getId()).count() == 0;
            return new Outcome(ok(answer) || gone, status(answer) + (gone ? ", task completed" : ""));
        });
        probes.put("reassign task of M", (role, door, allow) -> {
            World w = allow ? world() : m;
            Task t = writeAgreement(w);
            HttpResponse<String> answer = engine(role, door, w, "POST", "task/" + t.getId() + "/assignee",
                    "{\"userId\": \"" + stranger.getId() + "\"}");
            String assignee = processEngine.getTaskService().createTaskQuery().taskId(t.getId()).singleResult().getAssignee();
            boolean moved = !w.mentee().getId().equals(assignee);
            if (moved) {
                processEngine.getTaskService().setAssignee(t.getId(), w.mentee().getId());
            }
            return new Outcome(ok(answer) || moved, status(answer) + (moved ? ", task moved to " + assignee : ""));
        });
        probes.put("read process instance of M", (role, door, allow) ->
                read(role, door, m, "process-instance/" + m.process().getId(), m.process().getId()));
        probes.put("read variables of M", (role, door, allow) ->
                read(role, door, m, "process-instance/" + m.process().getId() + "/variables", "mentorshipId"));
        probes.put("write variable of M", (role, door, allow) -> {
            String name = "matrixNote" + role.ordinal() + door.ordinal();
            HttpResponse<String> answer = engine(role, door, m, "POST", "process-instance/" + m.process().getId()
                    + "/variables", "{\"modifications\": {\"" + name + "\": {\"value\": \"x\", \"type\": \"String\"}}}");
            boolean written = processEngine.getRuntimeService().getVariable(m.process().getId(), name) != null;
            return new Outcome(ok(answer) || written, status(answer) + (written ? ", variable written" : ""));
        });
        probes.put("read history of M (tasks)", (role, door, allow) -> read(role, door, m,
                "history/task?processInstanceId=" + m.agreement().getId(), task.getId()));
        probes.put("read history of M (activities)", (role, door, allow) -> read(role, door, m,
                "history/activity-instance?processInstanceId=" + m.process().getId(), m.process().getId()));
        probes.put("read history of M (variables)", (role, door, allow) -> read(role, door, m,
                "history/variable-instance?processInstanceId=" + m.process().getId(), "mentorshipId"));
        probes.put("execute job of M", (role, door, allow) -> {
            World w = allow ? world() : m;
            Job job = jobOf(w);
            HttpResponse<String> answer = engine(role, door, w, "POST", "job/" + job.getId() + "/execute", "");
            Job after = processEngine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
            boolean changed = after == null || after.getRetries() != job.getRetries() || after.getExceptionMessage() != null;
            return new Outcome(ok(answer) || changed, status(answer) + (changed ? ", job ran or its retries changed"
                    : ", retries unchanged (" + job.getRetries() + ")"));
        });
        probes.put("create deployment", (role, door, allow) -> deploy(role, door));
        probes.put("Cockpit plugin API", (role, door, allow) -> camunda(role, door,
                "/camunda/api/cockpit/plugin/base/default/process-definition/statistics"));
        probes.put("open Camunda Admin (authorized apps)", (role, door, allow) -> {
            HttpResponse<String> answer = session(idOf(role, m)).get("/camunda/api/admin/auth/user/default");
            boolean admits = answer.statusCode() == 200 && answer.body().contains("\"admin\"");
            return new Outcome(admits, status(answer) + (admits ? ", admin app listed" : ""));
        });
        probes.put("create user", (role, door, allow) -> createUser(role, door));
        probes.put("download CV of M's mentee", (role, door, allow) -> portal(role, "/documents/" + cv));
        probes.put("download certificate of M", (role, door, allow) ->
                portal(role, "/certificates/" + certificate.getId() + "/pdf"));
        probes.put("chat page of M", (role, door, allow) -> portal(role, "/chat/" + m.mentorshipId()));
        probes.put("mail link of M (/mentorships/{id}/task)", (role, door, allow) ->
                portal(role, "/mentorships/" + m.mentorshipId() + "/task"));
        probes.put("feedback link of M (with its token)", (role, door, allow) -> portal(role, "/feedback/" + token));
        probes.put("feedback link (a guessed token)", (role, door, allow) ->
                portal(role, "/feedback/" + token.substring(1) + "x"));
        probes.put("insights reports (funnel page, its CSV)", (role, door, allow) -> {
            Outcome page = portal(role, "/insights/funnel");
            Outcome csv = portal(role, "/insights/funnel.csv");
            return new Outcome(page.allowed() || csv.allowed(), page.evidence() + " / " + csv.evidence());
        });
        probes.put("insights: what people wrote (free-text CSV)", (role, door, allow) -> portal(role, "/insights/free-text.csv"));
        probes.put("another person's profile data", (role, door, allow) -> strangersData(role, door));
        probes.put("health status (liveness, readiness)", (role, door, allow) ->
                actuator(role, "/actuator/health/readiness", "\"status\":\"UP\""));
        probes.put("health details", (role, door, allow) -> actuator(role, "/actuator/health", "\"components\""));
        probes.put("metrics (Prometheus scrape)", (role, door, allow) ->
                actuator(role, "/actuator/prometheus", "mentorflow_jobs_due"));

        List<Cell> cells = cells();
        Map<Cell, Outcome> outcomes = new LinkedHashMap<>();
        for (Cell cell : cells) {
            Outcome outcome;
            try {
                outcome = probes.get(cell.action()).run(cell.role(), cell.door(), cell.allow());
            } catch (RuntimeException e) {
                outcome = new Outcome(false, "failed: " + e);
            }
            outcomes.put(cell, outcome);
        }

        List<String> leaks = new ArrayList<>();
        List<String> lockouts = new ArrayList<>();
        outcomes.forEach((cell, outcome) -> {
            if (outcome.allowed() != cell.allow()) {
                (outcome.allowed() ? leaks : lockouts).add(cell.role() + " / " + cell.door().label + " / "
                        + cell.action() + ": " + outcome.evidence());
            }
        });
        System.out.println(table(probes.keySet(), outcomes));
        leaks.forEach(leak -> System.out.println("LEAK " + leak));
        lockouts.forEach(lockout -> System.out.println("LOCKOUT " + lockout));
        assertThat(leaks).as("leaks: allowed where it must be denied").isEmpty();
        assertThat(lockouts).as("lockouts: denied where it must be allowed").isEmpty();
    }

    /** The expectations, action by action: who may, through which doors; every other role is denied there. */
    private static List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        List<Door> engine = List.of(Door.REST, Door.WEBAPP);
        List<Door> portal = List.of(Door.PORTAL);
        List<Door> webapp = List.of(Door.WEBAPP);
        add(cells, "read task of M", engine, Role.MENTEE, Role.ANALYST, Role.COORDINATOR, Role.ADMIN);
        // the mentee's own decision: a coordinator watches it, only an administrator could step in
        add(cells, "complete task of M (its form's fields)", engine, Role.MENTEE, Role.ADMIN);
        add(cells, "reassign task of M", engine, Role.ADMIN);
        // analysts read how M runs, never what its people wrote (variable values)
        add(cells, "read process instance of M", engine, Role.ANALYST, Role.COORDINATOR, Role.ADMIN);
        add(cells, "read variables of M", engine, Role.COORDINATOR, Role.ADMIN);
        add(cells, "write variable of M", engine, Role.COORDINATOR, Role.ADMIN);
        add(cells, "read history of M (tasks)", engine, Role.ANALYST, Role.COORDINATOR, Role.ADMIN);
        add(cells, "read history of M (activities)", engine, Role.ANALYST, Role.COORDINATOR, Role.ADMIN);
        add(cells, "read history of M (variables)", engine, Role.COORDINATOR, Role.ADMIN);
        add(cells, "execute job of M", engine, Role.COORDINATOR, Role.ADMIN);
        add(cells, "create deployment", List.of(Door.REST), Role.ADMIN);
        add(cells, "Cockpit plugin API", webapp, Role.ANALYST, Role.COORDINATOR, Role.ADMIN);
        add(cells, "open Camunda Admin (authorized apps)", webapp, Role.ADMIN);
        add(cells, "create user", engine, Role.ADMIN);
        add(cells, "download CV of M's mentee", portal, Role.MENTEE, Role.MENTOR, Role.COORDINATOR, Role.ADMIN);
        add(cells, "download certificate of M", portal, Role.MENTEE, Role.COORDINATOR, Role.ADMIN);
        add(cells, "chat page of M", portal, Role.MENTEE, Role.MENTOR);
        add(cells, "mail link of M (/mentorships/{id}/task)", portal, Role.MENTEE, Role.MENTOR, Role.COORDINATOR,
                Role.ADMIN);
        add(cells, "feedback link of M (with its token)", portal, Role.values());
        add(cells, "feedback link (a guessed token)", portal);
        add(cells, "insights reports (funnel page, its CSV)", portal, Role.ANALYST, Role.COORDINATOR, Role.ADMIN);
        add(cells, "insights: what people wrote (free-text CSV)", portal, Role.COORDINATOR, Role.ADMIN);
        // coordinators (and administrators, who count as coordinators) read people's data: /mail, Cockpit's names
        add(cells, "another person's profile data", List.of(Door.PORTAL, Door.REST, Door.WEBAPP), Role.COORDINATOR,
                Role.ADMIN);
        cells.removeIf(cell -> cell.role() == Role.STRANGER && cell.action().startsWith("another person")); // own data
        // the operator's endpoints: status for load balancers, the rest for administrators (and monitoring accounts)
        List<Door> actuator = List.of(Door.ACTUATOR);
        add(cells, "health status (liveness, readiness)", actuator, Role.values());
        add(cells, "health details", actuator, Role.ADMIN);
        add(cells, "metrics (Prometheus scrape)", actuator, Role.ADMIN);
        return cells;
    }

    private static void add(List<Cell> cells, String action, List<Door> doors, Role... allowed) {
        List<Role> may = List.of(allowed);
        for (Door door : doors) {
            for (Role role : Role.values()) {
                cells.add(new Cell(role, door, action, may.contains(role)));
            }
        }
    }

    /** Markdown: one row per action, one column per role; each door a role was checked through, ✓ or ✗. */
    private static String table(Iterable<String> actions, Map<Cell, Outcome> outcomes) {
        StringBuilder table = new StringBuilder("\n| action | door |");
        for (Role role : Role.values()) {
            table.append(' ').append(role.name().toLowerCase()).append(" |");
        }
        table.append("\n|---|---|").append("---|".repeat(Role.values().length)).append('\n');
        for (String action : actions) {
            for (Door door : Door.values()) {
                Map<Role, String> row = new EnumMap<>(Role.class);
                outcomes.forEach((cell, outcome) -> {
                    if (cell.action().equals(action) && cell.door() == door) {
                        String mark = outcome.allowed() ? "✓" : "✗";
                        row.put(cell.role(), outcome.allowed() == cell.allow() ? mark : mark + " (expected "
                                + (cell.allow() ? "✓" : "✗") + ")");
                    }
                });
                if (row.isEmpty()) {
                    continue;
                }
                table.append("| ").append(action).append(" | ").append(door.label).append(" |");
                for (Role role : Role.values()) {
                    table.append(' ').append(row.getOrDefault(role, "–")).append(" |");
                }
                table.append('\n');
            }
        }
        return table.toString();
    }

    // --- fixtures

    private World world() {
        Person mentee = people.mentee();
        Person mentor = people.mentor(1);
        ProcessInstance process = MentorshipJourney.accepted(requests, mentee, mentor);
        ProcessInstance agreement = processEngine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(process.getId()).singleResult();
        return new World(mentee, mentor, process, agreement, Long.parseLong(process.getBusinessKey()));
    }

    private Task writeAgreement(World w) {
        return processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(w.process().getBusinessKey())
                .taskDefinitionKey(MentorshipProcess.TASK_WRITE_AGREEMENT).singleResult();
    }

    private Job jobOf(World w) {
        List<Job> jobs = processEngine.getManagementService().createJobQuery().processInstanceId(w.agreement().getId()).list();
        if (jobs.isEmpty()) {
            jobs = processEngine.getManagementService().createJobQuery().processInstanceId(w.process().getId()).list();
        }
        assertThat(jobs).as("a job of the mentorship").isNotEmpty();
        return jobs.get(0);
    }

    private String idOf(Role role, World w) {
        return switch (role) {
            case VISITOR -> null;
            case MENTEE -> w.mentee().getId();
            case MENTOR -> w.mentor().getId();
            case STRANGER -> stranger.getId();
            case ANALYST -> analyst.getId();
            case COORDINATOR -> coordinator.getId();
            case ADMIN -> admin.getId();
        };
    }

    private BrowserSession session(String user) {
        return user == null ? BrowserSession.anonymous(port)
                : sessions.computeIfAbsent(user, id -> BrowserSession.loggedIn(port, id, "secret"));
    }

    // --- doors

    /** A call below the engine API, through /engine-rest with Basic or the webapps' API with a session. */
    private HttpResponse<String> engine(Role role, Door door, World w, String method, String path, String json) {
        String user = idOf(role, w);
        if (door == Door.REST) {
            if (user == null) {
                return anonymous(method, ENGINE_REST + path, json);
            }
            return json == null ? get(ENGINE_REST + path, user, "secret")
                    : sendJson(method, ENGINE_REST + path, user, "secret", "en", json);
        }
        BrowserSession browser = session(user);
        return json == null ? browser.get(WEBAPP_API + path) : browser.sendCamundaJson(method, WEBAPP_API + path, json);
    }

    private Outcome read(Role role, Door door, World w, String path, String marker) {
        HttpResponse<String> answer = engine(role, door, w, "GET", path, null);
        boolean shown = answer.statusCode() == 200 && answer.body().contains(marker);
        return new Outcome(shown, status(answer) + (answer.statusCode() == 200 && !shown ? ", without M's data" : ""));
    }

    private Outcome portal(Role role, String path) {
        HttpResponse<String> answer = session(idOf(role, m)).get(path);
        String location = answer.headers().firstValue("Location").orElse("");
        boolean allowed = answer.statusCode() == 200 || answer.statusCode() == 302 && !location.endsWith("/login");
        return new Outcome(allowed, status(answer) + (location.isEmpty() ? "" : " → " + location));
    }

    /** An /actuator endpoint with the role's Basic login (none for the visitor): shown if its answer has the marker. */
    private Outcome actuator(Role role, String path, String marker) {
        String user = idOf(role, m);
        HttpResponse<String> answer = user == null ? anonymous("GET", path, null) : get(path, user, "secret");
        boolean shown = answer.statusCode() == 200 && answer.body().contains(marker);
        return new Outcome(shown, status(answer) + (answer.statusCode() == 200 && !shown ? ", status only" : ""));
    }

    private Outcome camunda(Role role, Door door, String path) {
        HttpResponse<String> answer = session(idOf(role, m)).get(path);
        return new Outcome(answer.statusCode() == 200, status(answer));
    }

    private Outcome deploy(Role role, Door door) {
        String name = "matrix" + UUID.randomUUID().toString().substring(0, 8);
        String boundary = "----mentorflow" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + name
                + ".bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n" + MODEL.formatted(name)
                + "\r\n--" + boundary + "--\r\n";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + ENGINE_REST
                + "deployment/create")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        String user = idOf(role, m);
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        HttpResponse<String> answer = send(request.build());
        var deployment = processEngine.getRepositoryService().createDeploymentQuery().deploymentName(name).singleResult();
        if (deployment != null) {
            processEngine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
        return new Outcome(deployment != null, status(answer) + (deployment != null ? ", deployed" : ""));
    }

    private Outcome createUser(Role role, Door door) {
        String id = "matrixuser" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> answer = engine(role, door, m, "POST", "user/create", "{\"profile\": {\"id\": \"" + id
                + "\", \"firstName\": \"M\", \"lastName\": \"X\", \"email\": \"" + id + "@test.example\"},"
                + " \"credentials\": {\"password\": \"long-enough-Secret-1\"}}");
        boolean created = processEngine.getIdentityService().createUserQuery().userId(id).count() > 0;
        if (created) {
            processEngine.getIdentityService().deleteUser(id);
        }
        return new Outcome(created, status(answer) + (created ? ", user created" : ""));
    }

    /** The stranger's e-mail address or phone number on any page the role reaches, or in the engine's user profile. */
    private Outcome strangersData(Role role, Door door) {
        List<String> secrets = List.of(stranger.getEmail(), stranger.getPhone());
        if (door != Door.PORTAL) {
            HttpResponse<String> answer = engine(role, door, m, "GET", "user/" + stranger.getId() + "/profile", null);
            boolean shown = secrets.stream().anyMatch(answer.body()::contains);
            return new Outcome(shown, status(answer) + (shown ? ", e-mail shown" : ""));
        }
        BrowserSession browser = session(idOf(role, m));
        List<String> showing = new ArrayList<>();
        for (String page : List.of("/", "/my", "/profile", "/mentors", "/chat/" + m.mentorshipId(),
                "/mentorships/" + m.mentorshipId() + "/task", "/my/mentorships/" + m.mentorshipId() + "/agreement",
                "/coordinator/mentorships", "/coordinator/mentorships/" + m.mentorshipId(),
                "/coordinator/api/mentorship-names", "/coordinator/api/running-mentorships", "/mail")) {
            String body = browser.get(page).body();
            if (secrets.stream().anyMatch(body::contains)) {
                showing.add(page);
            }
        }
        return new Outcome(!showing.isEmpty(), showing.isEmpty() ? "on none of 12 pages" : "shown on " + showing);
    }

    private HttpResponse<String> anonymous(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return ANONYMOUS.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8));
    }

    private static boolean ok(HttpResponse<String> answer) {
        return answer.statusCode() / 100 == 2;
    }

    private static String status(HttpResponse<String> answer) {
        return String.valueOf(answer.statusCode());
    }
}
