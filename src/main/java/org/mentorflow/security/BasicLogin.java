package org.mentorflow.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * HTTP Basic for Spring-secured endpoints (/actuator), checked at the {@link LoginGate} as a script's login: the
 * REST door's rules (a deactivated account stays out), the person's Camunda groups as authorities.
 */
class BasicLogin implements AuthenticationProvider {

    private final LoginGate gate;
    private final GroupAuthorities groups;

    BasicLogin(LoginGate gate, GroupAuthorities groups) {
        this.gate = gate;
        this.groups = groups;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        return groups.loginOf(gate.admit(attempt.getName(), password, LoginGate.Door.REST));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
