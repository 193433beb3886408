package org.mentorflow.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.mail.MailProperties;

/** The mail server's health check against servers that greet, stay silent or are not there, each within its timeout. */
class MailServerHealthTest {

    private static final Duration TIMEOUT = Duration.ofMillis(300);

    @Test
    void aServerThatGreetsIsUp() throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture.runAsync(() -> answer(server, "220 mail.test ESMTP\r\n"));
            assertThat(healthOf(server.getLocalPort()).getStatus()).isEqualTo(Status.UP);
        }
    }

    @Test
    void aServerThatStaysSilentIsDownAfterTheTimeout() throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture.runAsync(() -> answer(server, null));
            long start = System.nanoTime();
            Health health = healthOf(server.getLocalPort());
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails().get("error").toString()).contains("SocketTimeoutException");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void aServerThatSaysNoIsDown() throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture.runAsync(() -> answer(server, "554 no service\r\n"));
            assertThat(healthOf(server.getLocalPort()).getDetails().get("error")).isEqualTo("no SMTP greeting: 554 no service");
        }
    }

    @Test
    void noServerIsDown() throws IOException {
        int port;
        try (ServerSocket server = new ServerSocket(0)) {
            port = server.getLocalPort();
        }
        Health health = healthOf(port);
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("host", "127.0.0.1").containsEntry("port", port);
    }

    private static Health healthOf(int port) {
        MailProperties mail = new MailProperties();
        mail.setHost("127.0.0.1");
        mail.setPort(port);
        return new MailServerHealth(mail, Clock.systemUTC(), TIMEOUT, Duration.ofSeconds(5)).health();
    }

    /** Accepts one connection and says this (or nothing), then waits for the client to go. */
    private static void answer(ServerSocket server, String greeting) {
        try (Socket client = server.accept()) {
            if (greeting != null) {
                OutputStream out = client.getOutputStream();
                out.write(greeting.getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            client.getInputStream().read();
        } catch (IOException e) {
            // the client went
        }
    }
}
