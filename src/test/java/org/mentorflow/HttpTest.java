package org.mentorflow;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
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

    /** Posts a form as a browser does: application/x-www-form-urlencoded. */
    protected HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
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
