package org.safetyportal.reporting.challenge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.safetyportal.reporting.identity.ReportingKey;

/**
 * The portal's own check that a person sends a report, asked only of a busy source (see
 * {@code IntakeLimits}): digits in a picture, or, for whoever cannot see or read it, a sum asked in words,
 * which a screen reader reads out. Nothing is kept per visitor: the token carries its expiry and a keyed
 * digest of the answer, so any portal node can check it; a used token is remembered until it expires, so
 * one solved check sends one report.
 */
@Singleton
public class HumanCheck {

    static final Duration VALID = Duration.ofMinutes(10);
    static final int DIGITS = 4;
    private static final int MAX_ANSWER = 16;

    private final SecureRandom random = new SecureRandom();
    private final ReportingKey key;
    private final Clock clock;
    private final Cache<String, Boolean> used = Caffeine.newBuilder().expireAfterWrite(VALID.plusMinutes(1))
            .maximumSize(200_000).build();

    HumanCheck(ReportingKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    /** Digits to read from a picture (PNG). */
    public record Picture(String token, byte[] png) {
    }

    /** A sum to answer: {@code first} plus {@code second}. */
    public record Question(String token, int first, int second) {
    }

    public Picture picture() {
        StringBuilder digits = new StringBuilder(DIGITS);
        for (int i = 0; i < DIGITS; i++) {
            // 1 and 7 drawn as strokes are too alike when turned: left out.
            digits.append("02345689".charAt(random.nextInt(8)));
        }
        return new Picture(token("picture", digits.toString()), DigitPicture.of(digits.toString(), random));
    }

    public Question question() {
        int first = 2 + random.nextInt(8);
        int second = 2 + random.nextInt(8);
        return new Question(token("question", Integer.toString(first + second)), first, second);
    }

    /** Whether the answer is right for its token, the token unexpired and not used before; a right answer uses it. */
    public boolean passes(ChallengeAnswer answer) {
        if (answer == null || answer.token() == null || answer.answer() == null || answer.answer().length() > MAX_ANSWER) {
            return false;
        }
        String[] parts = answer.token().split("\\.");
        if (parts.length != 4) {
            return false;
        }
        long expires;
        try {
            expires = Long.parseLong(parts[1]);
        } catch (NumberFormatException notAToken) {
            return false;
        }
        if (clock.instant().getEpochSecond() > expires) {
            return false;
        }
        String expected = key.humanCheckMac(parts[0] + "." + parts[1] + "." + parts[2] + "." + normalised(answer.answer()));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        return used.asMap().putIfAbsent(parts[2], Boolean.TRUE) == null;
    }

    String token(String kind, String answer) {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        String head = kind + "." + Instant.now(clock).plus(VALID).getEpochSecond() + "." + HexFormat.of().formatHex(nonce);
        return head + "." + key.humanCheckMac(head + "." + answer);
    }

    /** Digits as typed on any keyboard: full-width digits (from a Chinese input method) count, spaces do not. */
    static String normalised(String typed) {
        StringBuilder digits = new StringBuilder();
        for (char c : typed.toCharArray()) {
            if (c >= '\uFF10' && c <= '\uFF19') {
                digits.append((char) ('0' + (c - '\uFF10')));
            } else if (!Character.isWhitespace(c)) {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
