package org.safetyportal.reporting.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingCodeTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void generatedCodes_parse_asTypedInGroupsOrLowerCase() {
        for (int i = 0; i < 200; i++) {
            String code = TrackingCode.generate(random);
            assertEquals(TrackingCode.LENGTH, code.length());
            assertEquals(Optional.of(code), TrackingCode.parse(code));
            assertEquals(Optional.of(code), TrackingCode.parse(" " + TrackingCode.formatted(code).toLowerCase() + " "));
        }
    }

    @Test
    void everySingleMistypedCharacter_isCaughtByTheCheckCharacter() {
        String code = TrackingCode.generate(random);
        for (int position = 0; position < code.length(); position++) {
            for (char other : TrackingCode.ALPHABET.toCharArray()) {
                if (other != code.charAt(position)) {
                    String typo = code.substring(0, position) + other + code.substring(position + 1);
                    assertTrue(TrackingCode.parse(typo).isEmpty(), typo);
                }
            }
        }
    }

    @Test
    void swappedNeighbours_areCaught_unlessTheyAreEqual() {
        int caught = 0;
        int swaps = 0;
        for (int i = 0; i < 100; i++) {
            String code = TrackingCode.generate(random);
            for (int p = 0; p + 1 < code.length(); p++) {
                if (code.charAt(p) == code.charAt(p + 1)) {
                    continue;
                }
                String swapped = code.substring(0, p) + code.charAt(p + 1) + code.charAt(p) + code.substring(p + 2);
                swaps++;
                caught += TrackingCode.parse(swapped).isEmpty() ? 1 : 0;
            }
        }
        assertTrue(caught >= swaps * 0.95, caught + " of " + swaps);
    }

    @Test
    void codesAreNotRepeated_andForeignCharactersAreRefused() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(TrackingCode.generate(random)));
        }
        assertTrue(TrackingCode.parse("<script>alert(1)</script>").isEmpty());
        assertTrue(TrackingCode.parse(null).isEmpty());
        assertTrue(TrackingCode.parse("0000-0000-00000").isEmpty());
        assertNotEquals(TrackingCode.generate(random), TrackingCode.generate(random));
    }
}
