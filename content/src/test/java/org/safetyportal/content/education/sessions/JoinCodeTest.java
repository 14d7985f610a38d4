package org.safetyportal.content.education.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodeTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void generatedCodes_haveEightCharactersWithoutLookAlikes_andPassTheirOwnCheck() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = JoinCode.generate(random);
            assertEquals(JoinCode.LENGTH, code.length());
            assertTrue(code.chars().noneMatch(c -> "01OIL".indexOf(c) >= 0), code);
            assertEquals(Optional.of(code), JoinCode.normalise(code));
            seen.add(code);
        }
        assertTrue(seen.size() > 1990, "codes are random");
    }

    @Test
    void typedCodes_areReadInAnyCaseWithSpacesOrHyphens() {
        String code = JoinCode.generate(random);
        String typed = " " + JoinCode.grouped(code).toLowerCase() + " ";
        assertEquals(Optional.of(code), JoinCode.normalise(typed));
        assertEquals(Optional.of(code), JoinCode.normalise(code.substring(0, 4) + " " + code.substring(4)));
    }

    @Test
    void everySingleWrongCharacter_andEverySwapOfNeighbours_isCaughtByTheCheckCharacter() {
        for (int n = 0; n < 200; n++) {
            String code = JoinCode.generate(random);
            for (int i = 0; i < JoinCode.LENGTH; i++) {
                for (char c : JoinCode.ALPHABET.toCharArray()) {
                    if (c != code.charAt(i)) {
                        String wrong = code.substring(0, i) + c + code.substring(i + 1);
                        assertTrue(JoinCode.normalise(wrong).isEmpty(), wrong);
                    }
                }
            }
            for (int i = 0; i < JoinCode.LENGTH - 1; i++) {
                if (code.charAt(i) != code.charAt(i + 1)) {
                    String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                    assertTrue(JoinCode.normalise(swapped).isEmpty(), swapped);
                }
            }
        }
    }

    @Test
    void malformedInput_isNoCode() {
        assertTrue(JoinCode.normalise(null).isEmpty());
        assertTrue(JoinCode.normalise("").isEmpty());
        assertTrue(JoinCode.normalise("ABCDEFG").isEmpty());
        assertTrue(JoinCode.normalise("ABCDEFG0").isEmpty(), "0 is not in the alphabet");
        assertTrue(JoinCode.normalise("<script>").isEmpty());
        assertTrue(JoinCode.normalise("A".repeat(500)).isEmpty());
    }
}
