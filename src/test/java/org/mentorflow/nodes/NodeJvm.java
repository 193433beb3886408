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
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.mentorflow.MentorFlowApplication;

/**
 * One MentorFlow node in a JVM of its own, on a database of its own (see {@link NodesDatabase}), with its job
 * executor on: for tests of several nodes and of crashes. Separate JVMs, since the engine's registries (process engines, the
 * process application "mentorflow") are per JVM. Its output goes to {@code target/nodes/<name>.log}.
 */
public final class NodeJvm {

    /** The system property a node's delegates read to say which node ran them. */
    public static final String NODE_PROPERTY = "mentorflow.test.node";

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private NodeJvm(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** How a node is started; {@link #start()} boots it and returns at once (see {@link #awaitReady()}). */
    public static final class Options {
        private final String name;
        private final String jdbcUrl;
        private int port;
        private boolean demoData;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final Map<String, String> settings = new LinkedHashMap<>();
        private final List<String> jvmOptions = new ArrayList<>(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC"));

        private Options(String name, String jdbcUrl) {
            this.name = name;
            this.jdbcUrl = jdbcUrl;
        }

        public Options port(int port) {
            this.port = port;
            return this;
        }

        /** This node makes the demo people (one node per database should). */
        public Options demoData() {
            this.demoData = true;
            return this;
        }

        public Options environment(String name, String value) {
            environment.put(name, value);
            return this;
        }

        /** A Spring setting, as {@code --name=value} on the command line; overrides the defaults below. */
        public Options setting(String name, String value) {
            settings.put(name, value);
            return this;
        }

        public Options jvmOptions(String... options) {
            jvmOptions.clear();
            jvmOptions.addAll(List.of(options));
            return this;
        }

        public NodeJvm start() throws IOException {
            int at = port == 0 ? freePort() : port;
            Map<String, String> all = new LinkedHashMap<>();
            all.put("spring.profiles.active", "test");
            all.put("server.port", String.valueOf(at));
            all.put("spring.main.banner-mode", "off");
            all.put("spring.datasource.url", jdbcUrl);
            all.put("spring.datasource.username", "postgres");
            all.put("spring.datasource.password", "");
            // the nodes' mails wait in their own outbox unless a test gives them a server: the shared mailbox is
            // the other tests'
            all.put("spring.mail.host", "127.0.0.1");
            all.put("spring.mail.port", String.valueOf(freePort()));
            all.put("mentorflow.demo-data", String.valueOf(demoData));
            // what tests switch off: the node runs its job executor; an idle one asks again within a second
            // (Camunda's default waits up to a minute), so it is awake when timers fall due
            all.put("camunda.bpm.job-execution.enabled", "true");
            all.put("camunda.bpm.job-execution.wait-time-in-millis", "200");
            all.put("camunda.bpm.job-execution.max-wait", "1000");
            all.putAll(settings);
            Path log = Path.of("target", "nodes", name + ".log");
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-D" + NODE_PROPERTY + "=" + name);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), MentorFlowApplication.class.getName()));
            all.forEach((setting, value) -> command.add("--" + setting + "=" + value));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            // should the test JVM be stopped mid-test (Ctrl-C, a surefire timeout), the node goes with it
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-node-" + name));
            return new NodeJvm(name, at, process, log);
        }
    }

    /** A node named {@code name} (its log's name and {@link #NODE_PROPERTY}) on the database at {@code jdbcUrl}. */
    public static Options on(String jdbcUrl, String name) {
        return new Options(name, jdbcUrl);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the node's readiness probe answers 200 (Flyway, the engine, the deployment done). */
    public NodeJvm awaitReady() {
        return awaitReady(Duration.ofSeconds(240));
    }

    public NodeJvm awaitReady(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("node " + name + " runs (see " + log + ")").isTrue();
            try {
                if (get("/actuator/health/readiness", "").statusCode() == 200) {
                    return this;
                }
            } catch (IllegalStateException notYetListening) {
                // still booting
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
        throw new AssertionError("node " + name + " not ready within " + within + " (see " + log + ")");
    }

    public HttpResponse<String> get(String path, String cookie) {
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

    /** A graceful stop (Spring's shutdown hook), forced after 30 s. */
    public void stop() {
        process.destroy();
        awaitExit(30);
    }

    /** {@code kill -9}: the JVM ends at once, mid-transaction, without its shutdown hooks. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(10);
    }

    private void awaitExit(int seconds) {
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
