package org.mentorflow.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mentorflow.people.PeopleService;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After a login: a deactivated account comes back (the programme's rule: logging in again restores it) and
 * the person is told so on "My mentoring"; otherwise on to the page asked for, or "My mentoring".
 */
@Component
class LoginSucceeded extends SavedRequestAwareAuthenticationSuccessHandler {

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
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
