package org.mentorflow.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing: after too many failed logins for one account, further tries are refused for
 * a while, whatever the password, and the lock ends by itself. Counted per account, not per address: a whole
 * campus shares a few addresses, and one guesser must not lock everybody out. The counts live in the database
 * (table login_throttle), so every node and every way in ({@link LoginGate}) sees the same lock.
 */
@Component
public class LoginThrottle {

    /** Rows of names that stopped failing are forgotten after this (guessed names would pile up otherwise). */
    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    private record Failures(int count, Instant lockedUntil) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final int maxFailures;
    private final Duration lockFor;
    private final Clock clock;

    /** @param clock the application's clock, so a lock lasts as long as the engine's time says (tests move it) */
    LoginThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions,
            @Value("${mentorflow.security.login.max-failures:5}") int maxFailures,
            @Value("${mentorflow.security.login.lock-for:PT15M}") Duration lockFor, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
        this.clock = clock;
    }

    /** How long the account must still wait, if it is locked now. */
    public Optional<Duration> lockedFor(String loginName) {
        Instant now = clock.instant();
        return read(key(loginName), false)
                .map(Failures::lockedUntil)
                .filter(until -> until != null && until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    public void failed(String loginName) {
        try {
            transactions.executeWithoutResult(status -> count(key(loginName)));
        } catch (DuplicateKeyException firstFailureOnTwoNodesAtOnce) {
            transactions.executeWithoutResult(status -> count(key(loginName)));
        }
    }

    /** A correct password clears the count. */
    public void succeeded(String loginName) {
        jdbc.update("delete from login_throttle where login = ?", key(loginName));
    }

    private void count(String key) {
        Instant now = clock.instant();
        Optional<Failures> previous = read(key, true);
        boolean lockOver = previous.map(Failures::lockedUntil).filter(until -> !until.isAfter(now)).isPresent();
        int count = previous.filter(p -> !lockOver).map(Failures::count).orElse(0) + 1;
        Timestamp lockedUntil = count >= maxFailures ? Timestamp.from(now.plus(lockFor)) : null;
        if (previous.isPresent()) {
            jdbc.update("update login_throttle set failures = ?, locked_until = ?, last_failed_at = ? where login = ?",
                    count, lockedUntil, Timestamp.from(now), key);
        } else {
            jdbc.update("insert into login_throttle (login, failures, locked_until, last_failed_at) values (?, ?, ?, ?)",
                    key, count, lockedUntil, Timestamp.from(now));
        }
        jdbc.update("delete from login_throttle where last_failed_at < ? and (locked_until is null or locked_until < ?)",
                Timestamp.from(now.minus(FORGET_AFTER)), Timestamp.from(now));
    }

    /** @param forUpdate holds the row until the transaction ends, so two nodes never count the same failure once */
    private Optional<Failures> read(String key, boolean forUpdate) {
        List<Failures> rows = jdbc.query("select failures, locked_until from login_throttle where login = ?"
                        + (forUpdate ? " for update" : ""),
                (row, i) -> new Failures(row.getInt(1),
                        row.getTimestamp(2) == null ? null : row.getTimestamp(2).toInstant()), key);
        return rows.stream().findFirst();
    }

    private static String key(String loginName) {
        return loginName == null ? "" : loginName.trim().toLowerCase(Locale.ROOT);
    }
}
