package org.mentorflow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser with its cookies, talking to the running application as a person does: it logs in through the
 * portal's login form and sends the CSRF token with every form it posts. It follows no redirects, so tests
 * see where the application sends a person.
 */
public final class BrowserSession {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String language = "en";

    private BrowserSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A visitor who has not logged in. */
    public static BrowserSession anonymous(int port) {
        return new BrowserSession(port);
    }

    /** Logs in through the portal's login form; fails the test if the login is refused. */
    public static BrowserSession loggedIn(int port, String user, String password) {
        BrowserSession browser = new BrowserSession(port);
        HttpResponse<String> login = browser.logIn(user, password);
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("Login of " + user + " failed: " + login.statusCode() + " " + location);
        }
        return browser;
    }

    /** Posts the login form and returns the answer as it is (a redirect, or the form again with an error). */
    public HttpResponse<String> logIn(String user, String password) {
        return postForm("/login", Map.of("username", user, "password", password));
    }

    /**
     * Logs in through the institution's single sign-on as a browser follows its redirects: the login page's button,
     * the provider's login form (the test provider's: any subject, any claims as JSON), back to the portal.
     *
     * @return the portal's answer to the provider's callback: a redirect onwards, or to the login page with a refusal
     */
    public HttpResponse<String> logInThroughInstitution(String subject, String claimsJson) {
        HttpResponse<String> toProvider = get("/oauth2/authorization/institution");
        URI authorize = URI.create(redirectOf(toProvider));
        HttpResponse<String> loginForm = send(HttpRequest.newBuilder(authorize).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (loginForm.statusCode() != 200) {
            throw new IllegalStateException("The provider showed no login form: " + loginForm.statusCode());
        }
        String form = "username=" + URLEncoder.encode(subject, StandardCharsets.UTF_8)
                + "&claims=" + URLEncoder.encode(claimsJson, StandardCharsets.UTF_8);
        HttpResponse<String> toPortal = send(HttpRequest.newBuilder(authorize)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        URI callback = URI.create(redirectOf(toPortal));
        if (!callback.toString().startsWith(base + "/")) {
            throw new IllegalStateException("The provider sent the browser elsewhere: " + callback);
        }
        return send(request(callback.getRawPath() + "?" + callback.getRawQuery()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String redirectOf(HttpResponse<String> response) {
        if (response.statusCode() != 302 && response.statusCode() != 303) {
            throw new IllegalStateException("Expected a redirect, got " + response.statusCode() + " " + response.body());
        }
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** Logs in through Camunda's own login form, the one Tasklist shows after its logout button. */
    public void logInThroughCamundaForm(String user, String password) {
        HttpResponse<String> login = tryCamundaForm(user, password);
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Login of " + user + " failed: " + login.statusCode() + " " + login.body());
        }
    }

    /** Posts Camunda's own login form and returns the answer as it is. */
    public HttpResponse<String> tryCamundaForm(String user, String password) {
        HttpResponse<String> tasklist = get("/camunda/api/admin/auth/user/default");
        String csrfToken = tasklist.headers().firstValue("X-XSRF-TOKEN")
                .orElseThrow(() -> new IllegalStateException("Tasklist sent no CSRF token"));
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(request("/camunda/api/admin/auth/user/default/login/welcome")
                        .header("X-XSRF-TOKEN", csrfToken).header("Origin", base)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Posts JSON to Camunda's webapp API (what Tasklist calls), with the session and the CSRF header
     * {@code X-XSRF-TOKEN} that Camunda hands out, as Tasklist's own scripts do.
     */
    public HttpResponse<String> postCamundaJson(String path, String json) {
        return sendCamundaJson("POST", path, json);
    }

    /** Like {@link #postCamundaJson}, with any method (PUT, DELETE). */
    public HttpResponse<String> sendCamundaJson(String method, String path, String json) {
        // Camunda sends the header once per session; its scripts read the token from the XSRF-TOKEN cookie after that
        String csrfToken = get("/camunda/api/admin/auth/user/default").headers().firstValue("X-XSRF-TOKEN")
                .or(() -> cookies.getCookieStore().getCookies().stream()
                        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(java.net.HttpCookie::getValue).findFirst())
                .orElseThrow(() -> new IllegalStateException("Camunda sent no CSRF token"));
        return send(request(path).header("X-XSRF-TOKEN", csrfToken).header("Origin", base)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** One of this browser's cookies (the session's, say), to show another client what this browser holds. */
    public java.util.Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst();
    }

    /** Sends Accept-Language: this language from now on (the portal's default language choice). */
    public BrowserSession inLanguage(String language) {
        this.language = language;
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts a form as a browser does (application/x-www-form-urlencoded), CSRF token included. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        Map<String, String> all = withCsrfToken(fields);
        String body = all.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form without the CSRF token, as a forged cross-site form would. */
    public HttpResponse<String> postFormWithoutCsrfToken(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a multipart form with one file, as a browser's file upload does, CSRF token included. */
    public HttpResponse<String> postFile(String path, Map<String, String> fields, String fileField, String fileName,
            String contentType, byte[] content) {
        String boundary = "----mentorflow" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : withCsrfToken(fields).entrySet()) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n");
        }
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of this browser's session, read from a portal page as a browser's form would carry it. */
    public String csrfToken() {
        Matcher token = CSRF_META.matcher(get("/").body());
        return token.find() ? token.group(1) : null;
    }

    private Map<String, String> withCsrfToken(Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        String token = csrfToken();
        if (token != null) {
            all.putIfAbsent("_csrf", token);
        }
        return all;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language);
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
