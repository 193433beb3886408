package org.mentorflow.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * The one password check of every way in: the portal's form ({@link PasswordLogin}), Camunda's own login form
 * ({@link CamundaFormGate}) and the engine REST API's HTTP Basic ({@link RestBasicGate}). All three count
 * towards the same lock ({@link LoginThrottle}) and refuse the same accounts, so no door is weaker than another.
 */
@Component
class LoginGate {

    /** Which way in is asked; only the portal's form may bring back a deactivated account. */
    enum Door {
        PORTAL_FORM,
        CAMUNDA_FORM,
        REST
    }

    private final IdentityService identity;
    private final PeopleService people;
    private final LoginThrottle throttle;
    private final VerifiedAccounts verifiedAccounts;
    private final VerifiedRestLogins verifiedRestLogins;
    private final Clock clock;

    LoginGate(IdentityService identity, PeopleService people, LoginThrottle throttle, VerifiedAccounts verifiedAccounts,
            VerifiedRestLogins verifiedRestLogins, Clock clock) {
        this.identity = identity;
        this.people = people;
        this.throttle = throttle;
        this.verifiedAccounts = verifiedAccounts;
        this.verifiedRestLogins = verifiedRestLogins;
        this.clock = clock;
    }

    /**
     * @param loginName the user name or the e-mail address
     * @return the user id (also the Camunda user id) of the account let in
     * @throws AuthenticationException why not: wrong password, locked, e-mail not confirmed, deactivated
     */
    String admit(String loginName, String password, Door door) throws AuthenticationException {
        String name = loginName == null ? "" : loginName.trim();
        String userId = userIdOf(name);
        // counted per account, whichever of its names was typed
        String account = userId.isEmpty() ? name : userId;
        // a locked account's password is not even checked: guessing on costs nothing and tells nothing
        UserEntity user = userId.isEmpty() ? null : userEntity(userId);
        Duration wait = throttle.lockedFor(account).or(() -> camundaDelay(user)).orElse(null);
        if (wait != null) {
            throw new TooManyFailedLogins(wait);
        }
        if (!passwordRight(user, password, door)) {
            throttle.failed(account);
            verifiedRestLogins.forget(userId);
            throw new BadCredentialsException("wrong user name or password");
        }
        throttle.succeeded(account);
        // asked only after the right password, so a guesser learns nothing about the account
        if (!verifiedAccounts.isVerified(userId)) {
            throw new EmailNotConfirmed();
        }
        // the portal's form restores a deactivated account (LoginSucceeded); a script or Tasklist must not do so unseen
        if (door != Door.PORTAL_FORM && people.isDeactivated(userId)) {
            throw new AccountDeactivated();
        }
        return userId;
    }

    /**
     * A REST call whose password was verified a moment ago ({@link VerifiedRestLogins}) skips the hash; the forms
     * verify every time (once per session anyway).
     */
    private boolean passwordRight(UserEntity user, String password, Door door) {
        if (user == null || password == null || password.isEmpty()) {
            return false;
        }
        if (door == Door.REST && verifiedRestLogins.remembers(user.getId(), password, storedHash(user))) {
            return true;
        }
        if (!identity.checkPassword(user.getId(), password)) {
            return false;
        }
        if (door == Door.REST) {
            verifiedRestLogins.remember(user.getId(), password, storedHash(user));
        }
        return true;
    }

    /** What a changed password changes: the hash and its salt as stored when this call read the account. */
    private static String storedHash(UserEntity user) {
        return user.getPassword() == null ? null : user.getSalt() + '$' + user.getPassword();
    }

    private UserEntity userEntity(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user instanceof UserEntity entity ? entity : null;
    }

    /**
     * Camunda itself makes an account wait a few seconds after each failed login, growing with each failure,
     * and refuses even the right password meanwhile: say so, rather than "wrong password".
     */
    private Optional<Duration> camundaDelay(UserEntity user) {
        Date lockedUntil = user == null ? null : user.getLockExpirationTime();
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

    /** The password is right, but the registration's e-mail link was never followed. */
    static class EmailNotConfirmed extends DisabledException {

        EmailNotConfirmed() {
            super("e-mail address not confirmed yet");
        }
    }

    /** The password is right, but the account is deactivated; logging in on the portal restores it. */
    static class AccountDeactivated extends DisabledException {

        AccountDeactivated() {
            super("account deactivated");
        }
    }

    /** Refused without looking at the password: this account failed too often just now. */
    static class TooManyFailedLogins extends LockedException {

        private final Duration wait;

        TooManyFailedLogins(Duration wait) {
            super("too many failed logins");
            this.wait = wait;
        }

        Duration getWait() {
            return wait;
        }

        /** Whether this is the long lock (minutes) rather than Camunda's pause after one failure (seconds). */
        boolean inMinutes() {
            return wait.getSeconds() >= 60;
        }

        /** Minutes, rounded up, for "please wait 15 minutes". */
        long minutes() {
            return (wait.getSeconds() + 59) / 60;
        }

        /** Seconds, rounded up and at least one, for "try again in 6 seconds". */
        long seconds() {
            return Math.max(1, (wait.toMillis() + 999) / 1000);
        }

        /** The wait as the login page says it: "locked=15" (minutes) or "wait=6" (seconds). */
        String asParameter() {
            return inMinutes() ? "locked=" + minutes() : "wait=" + seconds();
        }
    }
}
