package org.safetyportal.reporting.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safetyportal.content.ValidationException;

/** A fine as a handler types it, read into fen, or refused in words. */
class MoneyTest {

    @Test
    void yuanWithUpToTwoDecimals_andThousandsSeparators_areRead() {
        assertEquals(450_000L, Money.parseFine("4500"));
        assertEquals(450_050L, Money.parseFine(" 4500.5 "));
        assertEquals(123_456_789L, Money.parseFine("1,234,567.89"));
        assertEquals(123_456_789L, Money.parseFine("1，234，567.89"));
        assertEquals(1L, Money.parseFine("0.01"));
        assertEquals(100_000_000_000L, Money.parseFine("1000000000"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-5000|rewards.fine.positive",
            "−5000|rewards.fine.positive",
            "0|rewards.fine.positive",
            "0.00|rewards.fine.positive",
            "1000000000.01|rewards.fine.tooLarge",
            "99999999999999999999|rewards.fine.tooLarge",
            "999999999999999999999999999999999999999|rewards.fine.tooLarge",
            "1e9|rewards.fine.notAmount",
            "五千元|rewards.fine.notAmount",
            "4500.123|rewards.fine.notAmount",
            "45,00|rewards.fine.notAmount",
            "'<script>alert(1)</script>'|rewards.fine.notAmount",
            "NaN|rewards.fine.notAmount",
            "' '|rewards.fine.required"})
    void hostileOrMistypedFines_areRefusedInWords(String typed, String key) {
        assertEquals(key, assertThrows(ValidationException.class, () -> Money.parseFine(typed)).messageKey());
    }

    @Test
    void noFine_isRefused() {
        assertEquals("rewards.fine.required", assertThrows(ValidationException.class, () -> Money.parseFine(null)).messageKey());
    }

    @Test
    void fenAreShownAsYuanWithTwoDecimals() {
        assertEquals("3000.00", Money.yuan(300_000L));
        assertEquals("0.05", Money.yuan(5L));
        assertEquals("185185.05", Money.yuan(18_518_505L));
    }
}
