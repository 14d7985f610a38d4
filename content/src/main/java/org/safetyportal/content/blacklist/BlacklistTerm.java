package org.safetyportal.content.blacklist;

import java.time.LocalDate;
import java.time.Period;

/**
 * How long a listing lasts: three years from the listing date. The expiry date is the first day the
 * entity is no longer on the current list; from that day the entry is history.
 */
public final class BlacklistTerm {

    public static final Period TERM = Period.ofYears(3);

    private BlacklistTerm() {
    }

    /** The listing date plus three years (29 February falls back to 28 February). */
    public static LocalDate expiryOf(LocalDate listingDate) {
        return listingDate.plus(TERM);
    }

    /** Whether a listing that expires on {@code expiryDate} has expired by {@code today}. */
    public static boolean hasExpired(LocalDate expiryDate, LocalDate today) {
        return !today.isBefore(expiryDate);
    }
}
