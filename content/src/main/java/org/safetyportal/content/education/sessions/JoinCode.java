package org.safetyportal.content.education.sessions;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The code participants type to join a session: seven random characters and a check character, from an
 * alphabet without look-alikes (no 0/O, 1/I/L). The alphabet has 31 characters, a prime, so the weighted
 * check (weights 1 to 7, modulo 31) catches every single wrong character and every swap of two neighbours
 * before the database is asked. 31⁷ codes (about 2.7 × 10¹⁰) make guessing an open session's code hopeless.
 */
public final class JoinCode {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 8;

    private JoinCode() {
    }

    public static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH - 1; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.append(check(code)).toString();
    }

    /** The code as typed (any case, with spaces or hyphens) in its stored form, if it is well formed and its check character fits. */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > 32) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || code.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            return Optional.empty();
        }
        return check(code.subSequence(0, LENGTH - 1)) == code.charAt(LENGTH - 1) ? Optional.of(code) : Optional.empty();
    }

    /** The code as shown to people: two groups of four, easier to read aloud. */
    public static String grouped(String code) {
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    static char check(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(body.charAt(i));
        }
        return ALPHABET.charAt(sum % ALPHABET.length());
    }
}
