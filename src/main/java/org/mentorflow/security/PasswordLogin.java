package org.mentorflow.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * The portal's login form: checks the login at the {@link LoginGate}, against Camunda's identity service, so
 * the portal, Tasklist and Cockpit share one account and one password (bcrypt, see {@link PasswordHashingPlugin}).
 * A person logs in with the user name or the e-mail address; the authentication always carries the user name,
 * which is also the Camunda user id.
 */
@Component
class PasswordLogin implements AuthenticationProvider {

    private final LoginGate gate;
    private final GroupAuthorities groups;

    PasswordLogin(LoginGate gate, GroupAuthorities groups) {
        this.gate = gate;
        this.groups = groups;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String userId = gate.admit(attempt.getName(), password, LoginGate.Door.PORTAL_FORM);
        UsernamePasswordAuthenticationToken login = groups.loginOf(userId);
        login.setDetails(attempt.getDetails());
        return login;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
