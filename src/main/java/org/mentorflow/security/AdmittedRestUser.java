package org.mentorflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;

/**
 * Camunda's REST authentication filter asks this who calls: the user {@link RestBasicGate} admitted, or nobody.
 * The password was checked once, at the gate; Camunda's own Basic check would count failures past our lock.
 * Public with a public constructor: Camunda's filter makes it by class name.
 */
public class AdmittedRestUser implements AuthenticationProvider {

    static final String CHALLENGE = "Basic realm=\"default\"";

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Object userId = request.getAttribute(RestBasicGate.ADMITTED_USER);
        return userId instanceof String id ? AuthenticationResult.successful(id) : AuthenticationResult.unsuccessful();
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
    }
}
