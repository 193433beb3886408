package org.mentorflow.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.MentorFlowApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes on the one PostgreSQL, as behind a load balancer (README, "Two or more nodes"): two more
 * JVMs running MentorFlow with their job executors on, on a database of their own in the test's PostgreSQL (so
 * neither they nor the shared test context touch the other's jobs, mails or people). Due timers fire exactly once
 * each and both nodes take a share; a login made on one node holds on the other. Separate JVMs, since the engine's
 * registries (process engines, the process application "mentorflow") are per JVM; the test drives the nodes'
 * database with an engine of its own, without a job executor.
 */
class TwoNodesTest extends IntegrationTest {

    private static final String PROCESS = "twoNodesTimer";
    private static final String DATABASE = "two_nodes";
    private static final int TIMERS = 2_000;
    private static final String NODE = "mentorflow.test.node";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void dueTimersFireOnceSpreadOverBothNodesAndASessionHoldsOnEither() throws Exception {
        jdbc.execute("create database " + DATABASE);
        DataSource nodesDatabase = POSTGRES.getDatabase("postgres", DATABASE);
        JdbcTemplate nodesJdbc = new JdbcTemplate(nodesDatabase);
        ProcessEngine driver = null;
        List<Process> nodes = new ArrayList<>();
        try {
            // the nodes make the database (Flyway, the engine's tables) as a fresh installation; the driver joins it
            int portA = freePort();
            int portB = freePort();
            long bootStarted = System.nanoTime();
            nodes.add(startNode("A", portA, true));
            awaitReady(portA, nodes.get(0));
            nodes.add(startNode("B", portB, false));
            awaitReady(portB, nodes.get(1));
            System.out.printf("two nodes: both ready after %.1f s%n", (System.nanoTime() - bootStarted) / 1e9);
            driver = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                    .setProcessEngineName("two-nodes-driver").setDataSource(nodesDatabase)
                    .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
                    .setHistory(ProcessEngineConfiguration.HISTORY_FULL).setJobExecutorActivate(false)
                    .buildProcessEngine();
            nodesJdbc.execute("create table two_nodes_firing (instance_id varchar(64) not null, node varchar(10) not null)");
            driver.getRepositoryService().createDeployment().name("two-nodes-test")
                    .addModelInstance(PROCESS + ".bpmn", model()).deploy();
            // the timers wait until all are there; activating their job definition makes all of them due at once
            driver.getManagementService().suspendJobDefinitionByProcessDefinitionKey(PROCESS, true);
            long startsStarted = System.nanoTime();
            for (int i = 0; i < TIMERS; i++) {
                driver.getRuntimeService().startProcessInstanceByKey(PROCESS);
            }
            System.out.printf("two nodes: %d instances started in %.1f s%n", TIMERS, (System.nanoTime() - startsStarted) / 1e9);

            // node A runs as behind HTTPS: the cookie Spring Session writes carries the operator's Secure switch
            HttpResponse<String> loginPage = getWithCookie(portA, "/login", "");
            assertThat(loginPage.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                    .singleElement().asString().contains("Secure", "HttpOnly", "SameSite=Lax");
            // a login on node B (node A made the demo people), the next request on node A
            BrowserSession onB = BrowserSession.loggedIn(portB, "tom", "demo");
            HttpResponse<String> onA = getWithCookie(portA, "/my", "JSESSIONID=" + onB.cookie("JSESSIONID").orElseThrow());
            assertThat(onA.statusCode()).as("node A answers node B's session").isEqualTo(200);
            assertThat(onA.body()).as("My Mentoring, not the login form").doesNotContain("name=\"password\"");

            ManagementService management = driver.getManagementService();
            assertThat(management.createJobQuery().processDefinitionKey(PROCESS).suspended().count()).isEqualTo(TIMERS);
            management.activateJobDefinitionByProcessDefinitionKey(PROCESS, true);
            long drainStarted = System.nanoTime();
            awaitDrained(nodes, nodesJdbc, driver.getRuntimeService());
            double drainSeconds = (System.nanoTime() - drainStarted) / 1e9;

            Map<String, Object> firings = nodesJdbc.queryForMap("select count(*) as firings,"
                    + " count(distinct instance_id) as instances, sum(case when node = 'A' then 1 else 0 end) as on_a,"
                    + " sum(case when node = 'B' then 1 else 0 end) as on_b from two_nodes_firing");
            System.out.printf("two nodes: %d timers drained in %.1f s (%.0f/s), node A %s, node B %s%n", TIMERS, drainSeconds,
                    TIMERS / drainSeconds, firings.get("on_a"), firings.get("on_b"));
            assertThat(((Number) firings.get("firings")).intValue()).as("side effects").isEqualTo(TIMERS);
            assertThat(((Number) firings.get("instances")).intValue()).as("instances fired").isEqualTo(TIMERS);
            assertThat(driver.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isZero();
            assertThat(((Number) firings.get("on_a")).intValue()).as("node A's share").isPositive();
            assertThat(((Number) firings.get("on_b")).intValue()).as("node B's share").isPositive();
        } finally {
            nodes.forEach(TwoNodesTest::stop);
            if (driver != null) {
                driver.close();
            }
            jdbc.execute("drop database if exists " + DATABASE + " with (force)");
        }
    }

    /** A timer due at once, then a step that counts itself with the node that ran it. */
    private static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
                .startEvent("started")
                .intermediateCatchEvent("due").timerWithDuration("PT0S")
                .serviceTask("counted").camundaClass(CountFiring.class.getName())
                .endEvent("done")
                .done();
    }

    /** The side effect, written in the job's own transaction: a job run twice, or rolled back and run again, shows. */
    public static class CountFiring implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) throws Exception {
            Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into two_nodes_firing (instance_id, node) values (?, ?)")) {
                insert.setString(1, execution.getProcessInstanceId());
                insert.setString(2, System.getProperty(NODE));
                insert.executeUpdate();
            }
        }
    }

    private static Process startNode(String node, int port, boolean secureCookie) throws IOException {
        int closedPort = freePort();
        boolean demoData = secureCookie; // node A
        Path log = Path.of("target", "two-nodes", "node-" + node + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-D" + NODE + "=" + node,
                "-cp", System.getProperty("java.class.path"), MentorFlowApplication.class.getName(),
                "--spring.profiles.active=test",
                "--server.port=" + port,
                "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + POSTGRES.getJdbcUrl("postgres", DATABASE),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                // the nodes' mails wait in their own outbox: the shared mailbox is the other tests'
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + closedPort,
                // one node makes the demo people, for the login that must hold on both
                "--mentorflow.demo-data=" + demoData,
                "--mentorflow.sso.enabled=true",
                "--mentorflow.sso.issuer-uri=" + INSTITUTION.issuerUrl(INSTITUTION_ISSUER_ID),
                "--mentorflow.sso.client-id=mentorflow",
                "--mentorflow.sso.client-secret=not-a-secret",
                // what tests switch off: each node runs its job executor; an idle one asks again within a second
                // (Camunda's default waits up to a minute), so both are awake when the timers fall due
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MENTORFLOW_SECURE_COOKIE", String.valueOf(secureCookie));
        Process process = builder.start();
        // should the test JVM be stopped mid-test (Ctrl-C, a surefire timeout), the nodes go with it
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-node-" + node));
        return process;
    }

    private static void awaitReady(int port, Process node) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            assertThat(node.isAlive()).as("node on port " + port + " runs (see target/two-nodes)").isTrue();
            try {
                if (getWithCookie(port, "/actuator/health/readiness", "").statusCode() == 200) {
                    return;
                }
            } catch (IllegalStateException notYetListening) {
                // still booting
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
        }
        throw new AssertionError("node on port " + port + " not ready within 240 s (see target/two-nodes)");
    }

    private static void awaitDrained(List<Process> nodes, JdbcTemplate nodesJdbc, RuntimeService runtime) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            Integer fired = nodesJdbc.queryForObject("select count(*) from two_nodes_firing", Integer.class);
            if (fired != null && fired >= TIMERS
                    && runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count() == 0) {
                return;
            }
            nodes.forEach(node -> assertThat(node.isAlive()).as("both nodes run").isTrue());
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }

    private static HttpResponse<String> getWithCookie(int port, String path, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "en").GET();
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A graceful stop (Spring's shutdown hook), forced after 30 s. */
    private static void stop(Process node) {
        node.destroy();
        try {
            if (!node.waitFor(30, TimeUnit.SECONDS)) {
                node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            node.destroyForcibly();
        }
    }
}
