package org.mentorflow.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.atomic.LongAdder;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Camunda stores passwords as salted SHA-512 by default; MentorFlow stores bcrypt instead. The engine salts
 * the password before it reaches us, and bcrypt reads only 72 bytes, so the salted password is first reduced
 * to its Base64 SHA-256 (44 ASCII characters, no NUL bytes) and every character of a long password counts.
 */
class BcryptPasswordEncryptor implements PasswordEncryptor {

    static final String NAME = "BCRYPT";

    private final BCryptPasswordEncoder bcrypt;
    /** How many passwords were checked against a hash since boot: what a cached login saves is visible here. */
    private final LongAdder checks = new LongAdder();

    BcryptPasswordEncryptor(int strength) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
    }

    @Override
    public String encrypt(String password) {
        return bcrypt.encode(digest(password));
    }

    @Override
    public boolean check(String password, String encrypted) {
        checks.increment();
        return bcrypt.matches(digest(password), encrypted);
    }

    long checks() {
        return checks.sum();
    }

    @Override
    public String hashAlgorithmName() {
        return NAME;
    }

    private static String digest(String password) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
