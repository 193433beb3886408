package org.mentorflow.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in a verification link: 256 random bits, so nobody guesses one. Only its SHA-256 is stored, so
 * a copy of the database confirms no account; a plain hash suffices because the token is random, not a
 * password.
 */
final class VerificationTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** What a link from our mails can look like; anything else is not looked up at all. */
    static boolean plausible(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{20,100}");
    }
}
