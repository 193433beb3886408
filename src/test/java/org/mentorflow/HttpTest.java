package org.mentorflow;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Talks HTTP to the running application, without following redirects, as a browser or script would. */
public abstract class HttpTest extends IntegrationTest {

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
}
