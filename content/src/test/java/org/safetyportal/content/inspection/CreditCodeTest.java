package org.safetyportal.content.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void theCheckCharacterFollowsGb32100() {
        assertTrue(CreditCode.isValid("91350100M000100Y43"), "the sample code of GB 32100-2015's annex");
        assertEquals('3', CreditCode.checkCharacter("91350100M000100Y4"));
    }

    @Test
    void aWrongCheckCharacter_aForbiddenLetterOrAWrongLength_isRefused() {
        assertFalse(CreditCode.isValid("91350100M000100Y44"));
        assertFalse(CreditCode.isValid("91350100M000100I43"), "I is not in the alphabet");
        assertFalse(CreditCode.isValid("91350100M000100Y4"));
        assertFalse(CreditCode.isValid(null));
        assertFalse(CreditCode.isValid("91350100m000100y43"), "lower case is not normalised here");
    }

    @Test
    void theDemoCodesAreValid() {
        assertTrue(CreditCode.isValid("91140525MA0DEM001P"));
        assertEquals('P', CreditCode.checkCharacter("91140525MA0DEM001"));
    }
}
