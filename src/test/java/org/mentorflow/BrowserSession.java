package org.mentorflow;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser with its cookies, logged into Camunda Tasklist the way a person does it (CSRF token included),
 * so MentorFlow's own pages see that person as logged in.
 */
public final class BrowserSession {

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    private BrowserSession(int port) {
        this.base = "http://localhost:" + port;
    }

    public static BrowserSession loggedIn(int port, String user, String password) {
        BrowserSession browser = new BrowserSession(port);
        HttpResponse<String> tasklist = browser.send(browser.request("/camunda/app/tasklist/default/").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String csrfToken = tasklist.headers().firstValue("X-XSRF-TOKEN")
                .orElseThrow(() -> new IllegalStateException("Tasklist sent no CSRF token"));
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(browser.request("/camunda/api/admin/auth/user/default/login/tasklist")
                        .header("X-XSRF-TOKEN", csrfToken)
                        .header("Origin", browser.base)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Login of " + user + " failed: " + login.statusCode() + " " + login.body());
        }
        return browser;
    }

    public HttpResponse<byte[]> getBytes(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en");
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
