package org.mentorflow.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.IdentityService;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Checks a login against Camunda's identity service, so the portal, Tasklist and Cockpit share one account
 * and one password (bcrypt, see {@link PasswordHashingPlugin}). A person logs in with the user name or the
 * e-mail address; the authentication always carries the user name, which is also the Camunda user id.
 */
@Component
class PasswordLogin implements AuthenticationProvider {

    private final IdentityService identity;
    private final PeopleService people;
    private final LoginThrottle throttle;
    private final GroupAuthorities groups;
    private final VerifiedAccounts verifiedAccounts;
    private final Clock clock;

    PasswordLogin(IdentityService identity, PeopleService people, LoginThrottle throttle, GroupAuthorities groups,
            VerifiedAccounts verifiedAccounts, Clock clock) {
        this.verifiedAccounts = verifiedAccounts;
        this.identity = identity;
        this.people = people;
        this.throttle = throttle;
        this.groups = groups;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String loginName = attempt.getName() == null ? "" : attempt.getName().trim();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String userId = userIdOf(loginName);
        // counted per account, whichever of its names was typed
        String account = userId.isEmpty() ? loginName : userId;
        Duration wait = throttle.lockedFor(account).or(() -> camundaDelay(userId)).orElse(null);
        if (wait != null) {
            throw new TooManyFailedLogins(wait);
        }
        if (userId.isEmpty() || password.isEmpty() || !identity.checkPassword(userId, password)) {
            throttle.failed(account);
            throw new BadCredentialsException("wrong user name or password");
        }
        throttle.succeeded(account);
        if (!verifiedAccounts.isVerified(userId)) {
            throw new EmailNotConfirmed();
        }
        UsernamePasswordAuthenticationToken login = groups.loginOf(userId);
        login.setDetails(attempt.getDetails());
        return login;
    }

    /**
     * Camunda itself makes an account wait a few seconds after each failed login, growing with each failure,
     * and refuses even the right password meanwhile: say so, rather than "wrong password".
     */
    private Optional<Duration> camundaDelay(String userId) {
        if (userId.isEmpty()) {
            return Optional.empty();
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        Date lockedUntil = user instanceof UserEntity entity ? entity.getLockExpirationTime() : null;
        // Camunda set the lock by its own clock, which the application's clock follows
        Instant now = clock.instant();
        return lockedUntil != null && lockedUntil.toInstant().isAfter(now)
                ? Optional.of(Duration.between(now, lockedUntil.toInstant()))
                : Optional.empty();
    }

    private String userIdOf(String loginName) {
        if (loginName.contains("@")) {
            return people.findByEmail(loginName).map(Person::getId).orElse("");
        }
        return loginName;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The password is right, but the registration's e-mail link was never followed. */
    static class EmailNotConfirmed extends DisabledException {

        EmailNotConfirmed() {
            super("e-mail address not confirmed yet");
        }
    }

    /** Refused without looking at the password: this account or address failed too often just now. */
    static class TooManyFailedLogins extends LockedException {

        private final Duration wait;

        TooManyFailedLogins(Duration wait) {
            super("too many failed logins");
            this.wait = wait;
        }

        /** The wait as the login page says it: "locked=15" (minutes) or "wait=6" (seconds). */
        String asParameter() {
            return wait.getSeconds() >= 60 ? "locked=" + (wait.getSeconds() + 59) / 60
                    : "wait=" + Math.max(1, (wait.toMillis() + 999) / 1000);
        }
    }
}
