package org.mentorflow;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.boot.test.web.server.LocalServerPort;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.mentorflow.notifications.PromptGreenMail;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that needs the application: one real PostgreSQL, one SMTP server (GreenMail) and one
 * OpenID Connect provider (the institution's single sign-on) per test JVM, one Spring context for all subclasses, and HTTP to it as a browser or script would (no redirects
 * followed). Keep subclasses free of their own configuration, or the
 * context is built again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// metrics exported as in the application (the Prometheus scrape), not Spring's test default of none
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class IntegrationTest {

    protected static final EmbeddedPostgres POSTGRES = startPostgres();
    protected static final GreenMail SMTP = startSmtp();
    /**
     * The institution's OpenID Connect provider: single sign-on is on in the one context, as an installation switches
     * it on. Its login form takes any subject and claims ({@link org.mentorflow.BrowserSession#logInThroughInstitution}).
     */
    protected static final MockOAuth2Server INSTITUTION = startInstitution();

    /** The shared context, closed before PostgreSQL stops when the JVM exits. */
    private static final AtomicReference<ConfigurableApplicationContext> CONTEXT = new AtomicReference<>();

    static {
        // PostgreSQL's own hook would race Spring's and leave the engine committing into a dead database
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ConfigurableApplicationContext context = CONTEXT.get();
            if (context != null) {
                context.close(); // returns at once while Spring's own hook is closing it: wait for that
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (context.isActive() && System.nanoTime() < deadline) {
                    LockSupport.parkNanos(20_000_000L);
                }
            }
            try {
                POSTGRES.close();
            } catch (IOException e) {
                // the JVM is going down anyway
            }
            SMTP.stop();
            INSTITUTION.shutdown();
        }, "stop-test-infrastructure"));
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    protected int port;

    protected HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** A GET from a browser set to this language (Accept-Language). */
    protected HttpResponse<String> getInLanguage(String path, String language) {
        return send(request(path).setHeader("Accept-Language", language).GET().build());
    }

    protected HttpResponse<String> get(String path, String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Authorization", "Basic " + credentials).GET().build());
    }

    /** A JSON POST with HTTP Basic credentials, as a script calls /engine-rest, in the given language. */
    protected HttpResponse<String> postJson(String path, String user, String password, String language, String json) {
        return sendJson("POST", path, user, password, language, json);
    }

    /** A call with any method and a JSON body (PUT, DELETE too) with HTTP Basic credentials, in the given language. */
    protected HttpResponse<String> sendJson(String method, String path, String user, String password, String language,
            String json) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Authorization", "Basic " + credentials).setHeader("Accept-Language", language)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** The answer a visitor without a login gets on a page that needs one: off to the login form. */
    protected static void assertAsksForLogin(HttpResponse<?> response) {
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).as("status").isEqualTo(302);
        org.assertj.core.api.Assertions.assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> org.assertj.core.api.Assertions.assertThat(location).endsWith("/login"));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept-Language", "en");
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    protected ProcessEngine processEngine;

    @Autowired
    protected PeopleService peopleService;

    /** Makes participants with unique ids, so tests never share state. */
    protected TestPeople people;

    @Autowired
    void rememberContext(ConfigurableApplicationContext context) {
        CONTEXT.compareAndSet(null, context);
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("mentorflow.sso.enabled", () -> "true");
        registry.add("mentorflow.sso.issuer-uri", () -> INSTITUTION.issuerUrl(INSTITUTION_ISSUER_ID).toString());
        registry.add("mentorflow.sso.client-id", () -> "mentorflow");
        registry.add("mentorflow.sso.client-secret", () -> "not-a-secret");
    }

    @BeforeEach
    void bindAssertionsToEngine() {
        // the Spring engine's expression manager resolves Camunda's thread-local Mocks before its beans: a mock an
        // engine-only test (EngineOnlyProcessTest) left behind would stand in for a delegate here
        Mocks.reset();
        BpmnAwareTests.init(processEngine);
        people = new TestPeople(peopleService);
        clearMailbox();
    }

    /** Forgets the mails received so far; GreenMail's reset() would restart it on another port. */
    protected static void clearMailbox() {
        try {
            SMTP.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    /** The last part of the provider's issuer address. */
    protected static final String INSTITUTION_ISSUER_ID = "university";

    private static MockOAuth2Server startInstitution() {
        // interactive: the provider shows its login form, where each test names its own subject and claims
        MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(true));
        server.start();
        return server;
    }

    private static GreenMail startSmtp() {
        GreenMail greenMail = new PromptGreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        return greenMail;
    }
}
