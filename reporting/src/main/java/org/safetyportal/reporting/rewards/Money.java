package org.safetyportal.reporting.rewards;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.safetyportal.content.ValidationException;

/**
 * Amounts of money in fen (1/100 yuan) as {@code long}, never {@code double}. A fine typed by a handler
 * is read as yuan with at most two decimals (thousands may be separated by commas); anything else is
 * refused in words.
 */
public final class Money {

    /** No administrative fine is this large; a larger number is a typing error. 10亿元. */
    public static final long MAX_FINE_YUAN = 1_000_000_000L;
    private static final int MAX_TEXT = 32;
    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?");

    private Money() {
    }

    /** A fine as typed (yuan), in fen; refuses empty, text, negative, zero, more than two decimals and absurd amounts. */
    public static long parseFine(String typed) {
        String text = typed == null ? "" : typed.strip().replace('，', ',').replace('．', '.');
        if (text.isEmpty()) {
            throw new ValidationException("rewards.fine.required");
        }
        if (text.length() > MAX_TEXT) {
            throw new ValidationException("rewards.fine.tooLarge", MAX_FINE_YUAN);
        }
        if (text.startsWith("-") || text.startsWith("−")) {
            throw new ValidationException("rewards.fine.positive");
        }
        if (!AMOUNT.matcher(text).matches()) {
            throw new ValidationException("rewards.fine.notAmount");
        }
        BigDecimal yuan = new BigDecimal(text.replace(",", ""));
        if (yuan.signum() <= 0) {
            throw new ValidationException("rewards.fine.positive");
        }
        if (yuan.compareTo(BigDecimal.valueOf(MAX_FINE_YUAN)) > 0) {
            throw new ValidationException("rewards.fine.tooLarge", MAX_FINE_YUAN);
        }
        return fenOf(yuan);
    }

    /** Whole yuan (or yuan with fen) in fen; refuses more than two decimals. */
    public static long fenOf(BigDecimal yuan) {
        return yuan.movePointRight(2).longValueExact();
    }

    /** Fen as yuan with two decimals ("3000.00"), for showing. */
    public static String yuan(long fen) {
        return BigDecimal.valueOf(fen).movePointLeft(2).setScale(2).toPlainString();
    }
}
