package org.mentorflow.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes on the one PostgreSQL, as behind a load balancer (README, "Two or more nodes"): two more
 * JVMs running MentorFlow with their job executors on ({@link NodeJvm}), on a database of their own
 * ({@link NodesDatabase}). Due timers fire exactly once each and both nodes take a share; a login made on one node
 * holds on the other.
 */
class TwoNodesTest extends IntegrationTest {

    private static final String PROCESS = "twoNodesTimer";
    private static final String DATABASE = "two_nodes";
    private static final int TIMERS = 2_000;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void dueTimersFireOnceSpreadOverBothNodesAndASessionHoldsOnEither() throws Exception {
        List<NodeJvm> nodes = new ArrayList<>();
        try (NodesDatabase database = new NodesDatabase(POSTGRES, jdbc, DATABASE)) {
            // the nodes make the database (Flyway, the engine's tables) as a fresh installation; the driver joins it
            long bootStarted = System.nanoTime();
            // node A runs as behind HTTPS (the cookie carries the operator's Secure switch) and makes the demo people
            nodes.add(node(database, "A").demoData().environment("MENTORFLOW_SECURE_COOKIE", "true").start().awaitReady());
            nodes.add(node(database, "B").environment("MENTORFLOW_SECURE_COOKIE", "false").start().awaitReady());
            System.out.printf("two nodes: both ready after %.1f s%n", (System.nanoTime() - bootStarted) / 1e9);
            NodeJvm a = nodes.get(0);
            NodeJvm b = nodes.get(1);
            ProcessEngine driver = database.driver();
            JdbcTemplate nodesJdbc = database.jdbc();
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

            HttpResponse<String> loginPage = a.get("/login", "");
            assertThat(loginPage.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                    .singleElement().asString().contains("Secure", "HttpOnly", "SameSite=Lax");
            // a login on node B (node A made the demo people), the next request on node A
            BrowserSession onB = BrowserSession.loggedIn(b.port(), "tom", "demo");
            HttpResponse<String> onA = a.get("/my", "JSESSIONID=" + onB.cookie("JSESSIONID").orElseThrow());
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
            nodes.forEach(NodeJvm::stop);
        }
    }

    private static NodeJvm.Options node(NodesDatabase database, String name) {
        return NodeJvm.on(database.jdbcUrl(), name)
                .setting("mentorflow.sso.enabled", "true")
                .setting("mentorflow.sso.issuer-uri", INSTITUTION.issuerUrl(INSTITUTION_ISSUER_ID).toString())
                .setting("mentorflow.sso.client-id", "mentorflow")
                .setting("mentorflow.sso.client-secret", "not-a-secret");
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
                insert.setString(2, System.getProperty(NodeJvm.NODE_PROPERTY));
                insert.executeUpdate();
            }
        }
    }

    private static void awaitDrained(List<NodeJvm> nodes, JdbcTemplate nodesJdbc, RuntimeService runtime) {
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
}
