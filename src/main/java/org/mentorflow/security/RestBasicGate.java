package org.mentorflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic for the engine REST API, checked at the {@link LoginGate} like every other login: same lock, same
 * refusals. An admitted call carries its user id on to Camunda's authentication filter ({@link AdmittedRestUser});
 * a call without Basic credentials goes on untouched, and Camunda's filter refuses it.
 */
class RestBasicGate extends OncePerRequestFilter {

    /** Set only here, on the server: a client cannot send request attributes. */
    static final String ADMITTED_USER = RestBasicGate.class.getName() + ".admittedUser";

    private final LoginGate gate;
    private final LoginRefusalAnswer refusals;

    RestBasicGate(LoginGate gate, LoginRefusalAnswer refusals) {
        this.gate = gate;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String[] credentials = basicCredentials(request.getHeader("Authorization"));
        if (credentials == null) {
            chain.doFilter(request, response);
            return;
        }
        String userId;
        try {
            userId = gate.admit(credentials[0], credentials[1], LoginGate.Door.REST);
        } catch (AuthenticationException refused) {
            response.setHeader("WWW-Authenticate", AdmittedRestUser.CHALLENGE);
            refusals.send(request, response, refused);
            return;
        }
        request.setAttribute(ADMITTED_USER, userId);
        chain.doFilter(request, response);
    }

    /** User name and password of a Basic header, or null if there is none or it is malformed. */
    private static String[] basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
