package org.mentorflow.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.mentorflow.people.Groups;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is logged in: the portal's login, which is also the Camunda webapps' login (one session). */
@Component
public class CurrentLogin {

    private final GroupAuthorities groups;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    CurrentLogin(GroupAuthorities groups) {
        this.groups = groups;
    }

    public record Login(String userId, List<String> groups) {

        public boolean isCoordinator() {
            return groups.contains(Groups.COORDINATORS) || groups.contains(Groups.CAMUNDA_ADMIN);
        }

        /** The widest work the person does in MentorFlow besides taking part: admin, coordinator or analyst. */
        public Optional<String> staffRole() {
            return groups.contains(Groups.CAMUNDA_ADMIN) ? Optional.of("admin")
                    : groups.contains(Groups.COORDINATORS) ? Optional.of("coordinator")
                    : groups.contains(Groups.ANALYSTS) ? Optional.of("analyst") : Optional.empty();
        }
    }

    public Optional<Login> of(HttpServletRequest request) {
        org.springframework.security.core.Authentication authentication =
                SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        List<String> groups = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return Optional.of(new Login(authentication.getName(), groups));
    }

    /** The session attribute holding when the institution logged this session's person in. */
    private static final String INSTITUTIONAL_LOGIN_AT = CurrentLogin.class.getName() + ".institutionalLoginAt";

    /**
     * When the institution logged this session's person in, if it was single sign-on: such a person may have no
     * MentorFlow password, so a step that asks for the password asks for a fresh login instead. Kept in the session,
     * since a refreshed login (new groups) no longer carries the provider's token.
     */
    public Optional<Instant> institutionalLoginAt(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((Instant) session.getAttribute(INSTITUTIONAL_LOGIN_AT));
    }

    static void rememberInstitutionalLogin(HttpServletRequest request, Instant at) {
        request.getSession().setAttribute(INSTITUTIONAL_LOGIN_AT, at);
    }

    /**
     * The login of a page that only logged-in people reach (see {@link WebSecurity}); should one get here without,
     * Spring Security sends the visitor to the login form.
     */
    public Login required(HttpServletRequest request) {
        return of(request).orElseThrow(() -> new AuthenticationCredentialsNotFoundException("login needed"));
    }

    /**
     * Reads the person's groups again after they changed (a role chosen, a mentor verified), for the portal
     * and for Tasklist at once: otherwise both would go on with the groups of the moment of login.
     */
    public void refresh(HttpServletRequest request, HttpServletResponse response) {
        Optional<Login> login = of(request);
        if (login.isEmpty()) {
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(groups.loginOf(login.get().userId()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        HttpSession session = request.getSession(false);
        Authentications camunda = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        if (camunda != null) {
            // the session bridge builds it again, with the new groups, on the next request
            camunda.getAuthentications().stream().map(Authentication::getProcessEngineName).toList()
                    .forEach(camunda::removeByEngineName);
            AuthenticationUtil.updateSession(session, camunda);
        }
    }
}
