package org.mentorflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;

/**
 * The portal's pages carry a Content-Security-Policy of their own origin, a Referrer-Policy and nosniff; Camunda's
 * webapps carry Camunda's policy without its fallbacks for old browsers; the session cookie is HttpOnly and
 * SameSite=Lax.
 */
class SecurityHeadersTest extends IntegrationTest {

    @Test
    void portalPagesAllowOnlyTheirOwnOrigin() {
        for (String path : List.of("/", "/faq", "/login", "/register", "/programmes")) {
            HttpResponse<String> page = get(path);

            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().allValues("Content-Security-Policy")).as(path).containsExactly(PortalHeaders.POLICY);
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            // what the policy forbids must not be on the page: no inline script, style attribute or handler
            assertThat(page.body()).as(path).doesNotContain("<script>", " style=\"", " onclick=", " onload=");
        }
    }

    @Test
    void aLoggedInPersonsPagesCarryThePolicyToo() {
        people.coordinator();
        BrowserSession browser = BrowserSession.loggedIn(port, people.mentee().getId(), "secret");

        HttpResponse<String> page = browser.get("/profile");

        assertThat(page.headers().allValues("Content-Security-Policy")).containsExactly(PortalHeaders.POLICY);
        assertThat(page.body()).doesNotContain(" style=\"");
    }

    @Test
    void camundasWebappsRunOnlyScriptsOfTheirPageOrLoadedByThem() {
        people.coordinator(); // the webapps open only once an administrator exists
        HttpResponse<String> tasklist = BrowserSession.loggedIn(port, people.mentee().getId(), "secret")
                .get("/camunda/app/tasklist/default/");

        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertThat(tasklist.headers().allValues("Content-Security-Policy")).hasSize(1)
                .noneMatch(policy -> policy.equals(PortalHeaders.POLICY));
        String policy = tasklist.headers().firstValue("Content-Security-Policy").orElseThrow();
        String scripts = policy.replaceAll("(?s).*script-src ([^;]*);.*", "$1");
        // a nonce Camunda puts on its own page's scripts, and what those load; no inline script, no other host
        assertThat(scripts).matches("'nonce-[^']+' 'strict-dynamic' 'unsafe-eval'");
        assertThat(policy).contains("frame-ancestors 'none'", "connect-src 'self'", "object-src 'none'");
        assertThat(tasklist.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> login = BrowserSession.anonymous(port).logIn(people.mentee().getId(), "secret");

        String cookie = login.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }
}
