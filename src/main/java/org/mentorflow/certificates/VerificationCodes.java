package org.mentorflow.certificates;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The codes printed on certificates, like {@code MF-7K3Q-9XPA-2HRT}: twelve characters from an alphabet
 * without look-alikes (no 0, O, 1, I, L; no U, as in Crockford's base 32), about 59 random bits, so nobody
 * finds certificates by guessing.
 */
final class VerificationCodes {

    private static final String PREFIX = "MF";
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 12;
    private static final int GROUP = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return format(code.toString());
    }

    /**
     * The code as stored, from what someone typed: any case, with or without the prefix, dashes or
     * spaces. Empty if it cannot be a code at all.
     */
    static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        String bare = typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (bare.length() == PREFIX.length() + LENGTH && bare.startsWith(PREFIX)) {
            bare = bare.substring(PREFIX.length());
        }
        if (bare.length() != LENGTH || !bare.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(format(bare));
    }

    private static String format(String bare) {
        StringBuilder code = new StringBuilder(PREFIX);
        for (int i = 0; i < bare.length(); i += GROUP) {
            code.append('-').append(bare, i, i + GROUP);
        }
        return code.toString();
    }
}
