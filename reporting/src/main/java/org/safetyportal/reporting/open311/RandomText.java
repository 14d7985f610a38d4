package org.safetyportal.reporting.open311;

import java.security.SecureRandom;

/** Unguessable text without look-alike characters, for keys and tokens a person may copy by hand. */
final class RandomText {

    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomText() {
    }

    static String of(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return text.toString();
    }
}
