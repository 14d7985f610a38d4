package org.safetyportal.content.education.certificates;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * A certificate's verification code: eleven random characters and a check character, from the join codes'
 * alphabet without look-alikes (no 0/O, 1/I/L). The alphabet has 31 characters, a prime, and the weights 1 to 11
 * are below it, so the weighted check (modulo 31) catches every single wrong character and every swap of two
 * neighbours: a mistyped code is told apart from an unknown one without asking the database. 31¹¹ codes
 * (about 2.5 × 10¹⁶, 54 bits) make guessing a certificate hopeless. Shown in three groups of four.
 */
public final class CertificateCode {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 12;
    /** The longest input looked at: a code with spaces or hyphens between all its characters. */
    static final int LONGEST_TYPED = 2 * LENGTH + 8;

    /** What a typed code is: well formed with a fitting check character, mistyped (the check does not fit), or no code at all. */
    public enum Shape { WELL_FORMED, MISTYPED, NOT_A_CODE }

    /** A typed code read: its shape, and the code in its stored form when it is well formed. */
    public record Reading(Shape shape, String code) {
    }

    private CertificateCode() {
    }

    static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH - 1; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.append(check(code)).toString();
    }

    /** The code as typed (any case, with spaces or hyphens), read. */
    public static Reading read(String typed) {
        if (typed == null || typed.length() > LONGEST_TYPED) {
            return new Reading(Shape.NOT_A_CODE, null);
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || code.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            return new Reading(Shape.NOT_A_CODE, null);
        }
        return check(code.subSequence(0, LENGTH - 1)) == code.charAt(LENGTH - 1)
                ? new Reading(Shape.WELL_FORMED, code) : new Reading(Shape.MISTYPED, null);
    }

    /** The code as shown to people: three groups of four, easier to read out and to type. */
    public static String grouped(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    static char check(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(body.charAt(i));
        }
        return ALPHABET.charAt(sum % ALPHABET.length());
    }
}
