package org.safetyportal.content.education.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.education.certificates.CertificateCode.Shape;

class CertificateCodeTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aCode_readsBackInAnyCaseWithHyphensOrSpaces_andIsShownInGroupsOfFour() {
        for (int i = 0; i < 1000; i++) {
            String code = CertificateCode.generate(random);
            assertEquals(CertificateCode.LENGTH, code.length());
            assertEquals(new CertificateCode.Reading(Shape.WELL_FORMED, code), CertificateCode.read(code));
            String grouped = CertificateCode.grouped(code);
            assertTrue(grouped.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"), grouped);
            assertEquals(code, CertificateCode.read(" " + grouped.toLowerCase() + " ").code());
            assertEquals(code, CertificateCode.read(grouped.replace('-', ' ')).code());
        }
    }

    @Test
    void everySingleWrongCharacter_andEverySwapOfNeighbours_isCaughtByTheCheckCharacter() {
        Random seeded = new Random(13);
        for (int n = 0; n < 200; n++) {
            String code = CertificateCode.generate(random);
            for (int i = 0; i < code.length(); i++) {
                for (char c : CertificateCode.ALPHABET.toCharArray()) {
                    if (c != code.charAt(i)) {
                        String typo = code.substring(0, i) + c + code.substring(i + 1);
                        assertEquals(Shape.MISTYPED, CertificateCode.read(typo).shape(), typo);
                    }
                }
                if (i + 1 < code.length() && code.charAt(i) != code.charAt(i + 1)) {
                    String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                    assertEquals(Shape.MISTYPED, CertificateCode.read(swapped).shape(), swapped);
                }
            }
            seeded.nextInt();
        }
    }

    @Test
    void codes_areNotRepeated() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(CertificateCode.generate(random)));
        }
    }

    @Test
    void hostileOrShapelessInput_isNotACode() {
        for (String typed : new String[] {null, "", "ABCD", "<script>alert(1)</script>", "ABCD-EFGH-JKM0",
                "ABCD-EFGH-JKMNP", "x".repeat(100_000), "ＡＢＣＤ-ＥＦＧＨ-ＪＫＭＮ", "' OR 1=1 --", "ABCD\u0000EFGH\u0000JKMN"}) {
            assertEquals(Shape.NOT_A_CODE, CertificateCode.read(typed).shape(), String.valueOf(typed));
        }
    }
}
