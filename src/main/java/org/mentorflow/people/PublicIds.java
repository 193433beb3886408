package org.mentorflow.people;

import java.security.SecureRandom;

/**
 * Random public ids: 16 characters from 32 letters and digits (80 bits), safe in any URL and unguessable. The
 * alphabet leaves out l and o, which are easily misread as 1 and 0; V10 backfilled older rows from the same one.
 */
final class PublicIds {

    static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    static final int LENGTH = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PublicIds() {
    }

    static String next() {
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            id[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(id);
    }
}
