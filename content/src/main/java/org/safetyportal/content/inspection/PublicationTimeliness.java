package org.safetyportal.content.inspection;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Whether a decision was made public in time: within 20 working days of the decision. Working days
 * are Monday to Friday; public holidays and the weekend days worked in their place (调休) are NOT
 * taken into account, so a record published just after a holiday week may be flagged although it
 * was on time by the official calendar.
 */
public final class PublicationTimeliness {

    public static final int LIMIT_WORKING_DAYS = 20;

    private PublicationTimeliness() {
    }

    /** Monday-to-Friday days after {@code from} up to and including {@code to}; 0 if {@code to} is not later. */
    public static int workingDaysBetween(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }

    public static boolean isLate(LocalDate decisionDate, LocalDate publicationDate) {
        return workingDaysBetween(decisionDate, publicationDate) > LIMIT_WORKING_DAYS;
    }
}
