package org.safetyportal.reporting.cases;

import java.time.LocalDate;

/**
 * Counting working days for the case clock. The city calendar with its holidays belongs to content
 * (being built apart); until it lands, {@link PlainDays} counts every day, so deadlines come out a
 * little early rather than late.
 */
public interface WorkingDays {

    /** The day that is {@code days} working days after {@code from}. */
    LocalDate after(LocalDate from, int days);
}
