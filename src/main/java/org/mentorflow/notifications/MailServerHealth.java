package org.mentorflow.notifications;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;
import org.mentorflow.system.RecentAnswer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.stereotype.Component;

/**
 * Whether the SMTP server answers: connects, waits for its 220 greeting and says QUIT, within a short timeout, and
 * no more often than every few seconds however often the health is asked. Spring Boot's own mail check (which it
 * replaces, by its bean name) logs in with the sender's long timeouts. No login and no mail: a server that greets
 * but refuses the sender's password still shows as up; the outbox figures and /mail show such failures.
 */
@Component("mailHealthIndicator")
class MailServerHealth implements HealthIndicator {

    private final String host;
    private final int port;
    private final boolean implicitTls;
    private final int timeoutMillis;
    private final RecentAnswer<Health> answer;

    MailServerHealth(MailProperties mail, Clock clock,
            @Value("${mentorflow.mail.health-timeout:PT2S}") Duration timeout,
            @Value("${mentorflow.operations.figures-fresh-for:PT5S}") Duration freshFor) {
        this.implicitTls = "smtps".equalsIgnoreCase(mail.getProtocol());
        this.host = mail.getHost() == null ? "localhost" : mail.getHost();
        this.port = mail.getPort() != null ? mail.getPort() : implicitTls ? 465 : 25;
        this.timeoutMillis = (int) timeout.toMillis();
        this.answer = new RecentAnswer<>(this::ask, freshFor, clock);
    }

    @Override
    public Health health() {
        return answer.get();
    }

    private Health ask() {
        Health.Builder health = Health.unknown().withDetail("host", host).withDetail("port", port);
        SocketFactory sockets = implicitTls ? SSLSocketFactory.getDefault() : SocketFactory.getDefault();
        try (Socket socket = sockets.createSocket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            String greeting = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            if (greeting == null || !greeting.startsWith("220")) {
                return health.down().withDetail("error", "no SMTP greeting: " + greeting).build();
            }
            OutputStream out = socket.getOutputStream();
            out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return health.up().build();
        } catch (IOException e) {
            return health.down().withDetail("error", e.getClass().getSimpleName() + ": " + e.getMessage()).build();
        }
    }
}
