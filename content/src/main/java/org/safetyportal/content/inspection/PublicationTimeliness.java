package org.safetyportal.content.inspection;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import org.safetyportal.content.calendar.WorkingCalendar;

/**
 * Whether a decision was made public in time (the notice's 及时公开): within 20 working days of the
 * decision, counted by the city's {@link WorkingCalendar}, public holidays and adjusted working days
 * (调休) included. For inspection results the day made public is the day this portal published the
 * record (its ledger time), never a date typed by staff.
 */
@Singleton
public class PublicationTimeliness {

    public static final int LIMIT_WORKING_DAYS = 20;

    private final WorkingCalendar calendar;

    public PublicationTimeliness(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    public boolean isLate(LocalDate decisionDate, LocalDate publishedOn) {
        return calendar.workingDaysBetween(decisionDate, publishedOn) > LIMIT_WORKING_DAYS;
    }

    /** The last day on which a decision of that day is still published in time. */
    public LocalDate lastDayInTime(LocalDate decisionDate) {
        return calendar.plusWorkingDays(decisionDate, LIMIT_WORKING_DAYS);
    }
}
