package org.mentorflow.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failed logins for one account, further tries are refused for
 * a while, whatever the password. Counted per account, not per address: a whole campus shares a few
 * addresses, and one guesser must not lock everybody out. Counters live in this node's memory; Camunda's own
 * lock (loginMaxAttempts, kept in the database) still applies across nodes.
 */
@Component
public class LoginThrottle {

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration lockFor;
    private final Clock clock;

    /** @param clock the application's clock, so a lock lasts as long as the engine's time says (tests move it) */
    LoginThrottle(@Value("${mentorflow.security.login.max-failures:5}") int maxFailures,
            @Value("${mentorflow.security.login.lock-for:PT15M}") Duration lockFor, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
        this.clock = clock;
    }

    /** How long the account must still wait, if it is locked now. */
    public Optional<Duration> lockedFor(String loginName) {
        Instant now = clock.instant();
        Failures entry = failures.get(key(loginName));
        return entry != null && entry.lockedUntil() != null && entry.lockedUntil().isAfter(now)
                ? Optional.of(Duration.between(now, entry.lockedUntil()))
                : Optional.empty();
    }

    public void failed(String loginName) {
        Instant now = clock.instant();
        failures.compute(key(loginName), (k, previous) -> {
            boolean lockOver = previous != null && previous.lockedUntil() != null && !previous.lockedUntil().isAfter(now);
            int count = (previous == null || lockOver ? 0 : previous.count()) + 1;
            return new Failures(count, count >= maxFailures ? now.plus(lockFor) : null);
        });
    }

    /** A correct password clears the count. */
    public void succeeded(String loginName) {
        failures.remove(key(loginName));
    }

    private static String key(String loginName) {
        return loginName == null ? "" : loginName.trim().toLowerCase(Locale.ROOT);
    }
}
