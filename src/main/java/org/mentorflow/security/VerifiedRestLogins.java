package org.mentorflow.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The REST logins whose password was verified a moment ago, so a script pays the password hash (bcrypt, tens of
 * milliseconds of CPU) once per {@code mentorflow.rest.verified-login-ttl}, not on every call.
 * <p>
 * An entry's key is an HMAC-SHA256, under a key drawn at boot and never stored, of the user id, the password and
 * the account's stored hash: the password is never kept, a changed password (the stored hash changes) or a deleted
 * account (no stored hash) never matches an old entry, on any node. Only successes are remembered; everything else
 * the {@link LoginGate} asks (lock, deactivated, e-mail confirmed) it still asks on every call.
 */
@Component
class VerifiedRestLogins {

    private record Entry(String userId, Instant expiresAt) {
    }

    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;
    private final SecretKeySpec key;
    /** Insertion order: when full, the oldest entry goes first. */
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    VerifiedRestLogins(@Value("${mentorflow.rest.verified-login-ttl:PT60S}") Duration ttl,
            @Value("${mentorflow.rest.verified-login-max-entries:10000}") int maxEntries, Clock clock) {
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Whether this password was verified for this account, with this stored hash, within the last TTL. */
    boolean remembers(String userId, String password, String storedHash) {
        if (storedHash == null || ttl.isZero()) {
            return false;
        }
        String fingerprint = fingerprint(userId, password, storedHash);
        Instant now = clock.instant();
        synchronized (entries) {
            Entry entry = entries.get(fingerprint);
            if (entry == null) {
                return false;
            }
            if (!entry.expiresAt().isAfter(now)) {
                entries.remove(fingerprint);
                return false;
            }
            return true;
        }
    }

    /** Call only after the password was verified against {@code storedHash}. */
    void remember(String userId, String password, String storedHash) {
        if (storedHash == null || ttl.isZero() || maxEntries <= 0) {
            return;
        }
        String fingerprint = fingerprint(userId, password, storedHash);
        Instant now = clock.instant();
        synchronized (entries) {
            if (entries.size() >= maxEntries) {
                entries.values().removeIf(entry -> !entry.expiresAt().isAfter(now));
            }
            while (entries.size() >= maxEntries) {
                entries.remove(entries.keySet().iterator().next());
            }
            entries.remove(fingerprint); // re-inserted at the young end
            entries.put(fingerprint, new Entry(userId, now.plus(ttl)));
        }
    }

    /** Forgets every login of this account (a failed try at it: whoever holds the right password verifies again). */
    void forget(String userId) {
        synchronized (entries) {
            entries.values().removeIf(entry -> entry.userId().equals(userId));
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private String fingerprint(String userId, String password, String storedHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            // a user id has no NUL, and the stored hash is the account's own: the parts cannot shift into each other
            String message = userId + '\0' + password + '\0' + storedHash;
            return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
