package org.safetyportal.reporting.intake;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A report's tracking code: 12 random characters (60 bits) from an alphabet without look-alikes (no 0,
 * 1, I, O), then a check character (Luhn mod 32), which catches any single mistyped character and most
 * swapped neighbours before the database is asked. Shown in groups of four or five: {@code ABCD-EFGH-JKLMX}.
 */
public final class TrackingCode {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int RANDOM_LENGTH = 12;
    public static final int LENGTH = RANDOM_LENGTH + 1;

    private TrackingCode() {
    }

    public static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.append(checkCharacter(code)).toString();
    }

    /**
     * The code as typed, read without spaces and dashes and in upper case; empty when it is not a
     * well-formed code with a correct check character.
     */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || code.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            return Optional.empty();
        }
        return checkCharacter(code.substring(0, RANDOM_LENGTH)) == code.charAt(RANDOM_LENGTH)
                ? Optional.of(code) : Optional.empty();
    }

    /** The code in groups for reading aloud and writing down. */
    public static String formatted(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    static char checkCharacter(CharSequence payload) {
        int n = ALPHABET.length();
        int sum = 0;
        boolean doubled = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int value = ALPHABET.indexOf(payload.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("Not in the tracking code alphabet");
            }
            int addend = doubled ? value * 2 : value;
            addend = addend / n + addend % n;
            sum += addend;
            doubled = !doubled;
        }
        return ALPHABET.charAt((n - sum % n) % n);
    }
}
