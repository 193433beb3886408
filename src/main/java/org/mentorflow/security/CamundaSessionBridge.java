package org.mentorflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One session for the portal and Camunda's webapps. A portal login puts the matching Camunda authentication
 * into the session, so Tasklist and Cockpit open without a second login; a login through Camunda's own form
 * (shown after logging out inside Tasklist) logs the person into the portal in turn. A session whose
 * account was deleted meanwhile ends at its next request (one primary-key lookup per request).
 */
class CamundaSessionBridge extends OncePerRequestFilter {

    private final ProcessEngine engine;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    CamundaSessionBridge(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication portal = SecurityContextHolder.getContext().getAuthentication();
        boolean portalLogin = portal != null && portal.isAuthenticated() && !(portal instanceof AnonymousAuthenticationToken);
        HttpSession session = request.getSession(false);
        if (portalLogin && accountGone(portal.getName())) {
            // deleted while this session lived (on another device, say): the session ends here
            SecurityContextHolder.clearContext();
            if (session != null) {
                session.invalidate();
            }
            portalLogin = false;
            session = null;
        }
        UserAuthentication camunda = session == null ? null : camundaLogin(session);

        if (portalLogin && (camunda == null || !camunda.getName().equals(portal.getName()))) {
            Authentications authentications = AuthenticationUtil.getAuthsFromSession(request.getSession());
            authentications.addOrReplace(AuthenticationUtil.createAuthentication(engine, portal.getName()));
            AuthenticationUtil.updateSession(request.getSession(), authentications);
        } else if (!portalLogin && camunda != null) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(GroupAuthorities.loginOf(camunda.getName(), camunda.getGroupIds()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
        }
        chain.doFilter(request, response);
    }

    private boolean accountGone(String userId) {
        return engine.getIdentityService().createUserQuery().userId(userId).count() == 0;
    }

    private UserAuthentication camundaLogin(HttpSession session) {
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        return authentications != null && authentications.hasAuthenticationForProcessEngine(engine.getName())
                ? (UserAuthentication) authentications.getAuthenticationForProcessEngine(engine.getName())
                : null;
    }
}
