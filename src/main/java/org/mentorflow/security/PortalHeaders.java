package org.mentorflow.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security headers of the portal's answers. The portal's pages have no inline scripts, styles or handlers, so
 * its Content-Security-Policy allows only its own origin. Camunda's webapps and REST API are left out: Camunda's
 * own header security sets their policy (Tasklist needs inline styles and eval for its forms), and two policies
 * on one answer would both apply. X-Content-Type-Options and the Referrer-Policy hold everywhere.
 */
final class PortalHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /**
     * The demo mailbox shows a mail's HTML in a sandboxed srcdoc frame, which inherits the page's policy; mails
     * carry their styles inline, as mail clients need them.
     */
    static final String MAILBOX_POLICY = POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private static final RequestMatcher CAMUNDA = new OrRequestMatcher(
            new AntPathRequestMatcher("/camunda/**"), new AntPathRequestMatcher("/engine-rest/**"));
    private static final RequestMatcher MAILBOX = new AntPathRequestMatcher("/mail/**");

    private PortalHeaders() {
    }

    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(policy(new NegatedRequestMatcher(new OrRequestMatcher(CAMUNDA, MAILBOX)), POLICY))
                .addHeaderWriter(policy(MAILBOX, MAILBOX_POLICY));
    }

    private static DelegatingRequestMatcherHeaderWriter policy(RequestMatcher paths, String policy) {
        return new DelegatingRequestMatcherHeaderWriter(paths, new StaticHeadersWriter("Content-Security-Policy", policy));
    }
}
