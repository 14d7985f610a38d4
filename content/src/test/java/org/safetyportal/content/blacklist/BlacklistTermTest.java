package org.safetyportal.content.blacklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BlacklistTermTest {

    @Test
    void aListingExpiresThreeYearsAfterItsListingDate() {
        assertEquals(LocalDate.of(2029, 3, 10), BlacklistTerm.expiryOf(LocalDate.of(2026, 3, 10)));
    }

    @Test
    void aListingOnTheTwentyNinthOfFebruaryExpiresOnTheTwentyEighth() {
        assertEquals(LocalDate.of(2027, 2, 28), BlacklistTerm.expiryOf(LocalDate.of(2024, 2, 29)));
    }

    @Test
    void theExpiryDayIsTheFirstDayOffTheCurrentList() {
        LocalDate expiry = LocalDate.of(2029, 3, 10);
        assertFalse(BlacklistTerm.hasExpired(expiry, LocalDate.of(2029, 3, 9)));
        assertTrue(BlacklistTerm.hasExpired(expiry, expiry));
        assertTrue(BlacklistTerm.hasExpired(expiry, LocalDate.of(2030, 1, 1)));
    }
}
