package org.mentorflow.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mentorflow.people.Groups;
import org.mentorflow.people.PeopleService;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After a login: a deactivated account comes back (the programme's rule: logging in again restores it) and
 * the person is told so on "My mentoring"; someone without a role yet (neither mentee nor mentor, nor coordinator or administrator)
 * is led to choose one, since nothing else works without it; otherwise on to the page asked for, or "My mentoring".
 */
@Component
class LoginSucceeded extends SavedRequestAwareAuthenticationSuccessHandler {

    /** Registration's step "choose your role"; it shows where registration stands for anyone past it. */
    static final String CHOOSE_ROLE = "/register/role";

    private final PeopleService people;

    LoginSucceeded(PeopleService people) {
        this.people = people;
        setDefaultTargetUrl("/my");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        if (people.reactivate(authentication.getName())) {
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, "/my?reactivated");
            return;
        }
        // an administrator or an analyst, like a coordinator, has work without being mentee or mentor
        boolean staff = authentication.getAuthorities().stream()
                .anyMatch(authority -> Groups.COORDINATORS.equals(authority.getAuthority())
                        || Groups.CAMUNDA_ADMIN.equals(authority.getAuthority())
                        || Groups.ANALYSTS.equals(authority.getAuthority()));
        boolean withoutRole = people.find(authentication.getName())
                .map(person -> !person.isMentee() && !person.isMentor()).orElse(false);
        if (withoutRole && !staff) {
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, CHOOSE_ROLE);
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
