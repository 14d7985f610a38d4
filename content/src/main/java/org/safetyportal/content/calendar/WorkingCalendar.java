package org.safetyportal.content.calendar;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days in the city: Monday to Friday, except the public holidays, plus the weekend days
 * worked in their place (调休), as {@link PublicHolidays} holds them. Deadlines counted in working
 * days (the 20 working days of 及时公开, the case clock) are counted here and nowhere else.
 */
@Singleton
public class WorkingCalendar {

    private final PublicHolidays holidays;

    @Inject
    public WorkingCalendar() {
        this(PublicHolidays.fromSeed());
    }

    public WorkingCalendar(PublicHolidays holidays) {
        this.holidays = holidays;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (holidays.isAdjustedWorkday(day)) {
            return true;
        }
        if (holidays.isHoliday(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The working day that is {@code days} working days after {@code from} (the deadline of "within
     * n working days"); {@code from} itself when {@code days} is 0.
     */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = from;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }

    /** Whether the State Council's holiday arrangement for the year is known; if not, only weekends are days off. */
    public boolean knowsHolidaysOf(int year) {
        return holidays.arrangedYears().contains(year);
    }
}
