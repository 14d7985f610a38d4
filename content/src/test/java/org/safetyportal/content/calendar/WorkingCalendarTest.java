package org.safetyportal.content.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = new WorkingCalendar();

    @Test
    void nationalDayWeek_isOff_andTheSaturdayAfterIsWorked() {
        for (LocalDate day = LocalDate.of(2026, 10, 1); day.isBefore(LocalDate.of(2026, 10, 8)); day = day.plusDays(1)) {
            assertFalse(calendar.isWorkingDay(day), day.toString());
        }
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 10, 8)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 10, 10)), "Saturday 10 October 2026 is worked (调休)");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 9, 20)), "Sunday 20 September 2026 is worked (调休)");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 11)), "an ordinary Sunday");
    }

    @Test
    void springFestival2025_isOff_withBothAdjustedWorkdays() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 1, 28)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 2, 4)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 1, 26)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 2, 8)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 2, 5)));
    }

    @Test
    void workingDaysBetween_countsAfterTheFirstDayUpToAndIncludingTheLast() {
        assertEquals(0, calendar.workingDaysBetween(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 2)));
        assertEquals(0, calendar.workingDaysBetween(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 11, 2)));
        assertEquals(1, calendar.workingDaysBetween(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3)));
        // Tue 29 Sep 2026 to Fri 9 Oct: 30 Sep, 8 Oct, 9 Oct (1 to 7 Oct off).
        assertEquals(3, calendar.workingDaysBetween(LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 9)));
        // ... and to Sat 10 Oct, a worked Saturday.
        assertEquals(4, calendar.workingDaysBetween(LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 10)));
    }

    @Test
    void twentyWorkingDays_acrossMidAutumnAndNationalDay_endAWeekLaterThanMondayToFridayWouldSay() {
        LocalDate decision = LocalDate.of(2026, 9, 21);
        LocalDate deadline = calendar.plusWorkingDays(decision, 20);
        // 22-24 Sep: 3 (25 Sep is 中秋节); 28-30 Sep: 3; 8-9 Oct: 2; Sat 10 Oct: 1; 12-16 Oct: 5;
        // 19-23 Oct: 5; Mon 26 Oct is the 20th. Monday to Friday alone would have said Mon 19 Oct.
        assertEquals(LocalDate.of(2026, 10, 26), deadline);
        assertEquals(20, calendar.workingDaysBetween(decision, deadline));
        assertEquals(21, calendar.workingDaysBetween(decision, deadline.plusDays(1)));
    }

    @Test
    void plusWorkingDays_ofZeroIsTheDayItself_andNegativeIsRefused() {
        LocalDate sunday = LocalDate.of(2026, 10, 4);
        assertEquals(sunday, calendar.plusWorkingDays(sunday, 0));
        assertEquals(LocalDate.of(2026, 10, 8), calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 1));
        assertThrows(IllegalArgumentException.class, () -> calendar.plusWorkingDays(sunday, -1));
    }

    @Test
    void aYearWithoutItsNotice_countsMondayToFriday_andSaysSo() {
        assertTrue(calendar.knowsHolidaysOf(2025));
        assertTrue(calendar.knowsHolidaysOf(2026));
        assertFalse(calendar.knowsHolidaysOf(2027));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 1, 4)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 1, 2)));
    }

    @Test
    void seed_adjustedWorkdaysAreWeekendDays_andEveryNoticeHasItsDaysOff() {
        PublicHolidays seed = PublicHolidays.fromSeed();
        for (int year : seed.arrangedYears()) {
            int holidayDays = 0;
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                if (seed.isAdjustedWorkday(day)) {
                    assertTrue(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).contains(day.getDayOfWeek()), day + " is no weekend day");
                }
                if (seed.isHoliday(day)) {
                    holidayDays++;
                }
            }
            // Since 2025 the notices give 元旦 1-3, 春节 8-9, 清明 3, 劳动节 5, 端午 3, 中秋+国庆 8-10 days
            // off (2025: 28, 2026: 33); a count outside that means a row was mistyped.
            assertTrue(holidayDays >= 28 && holidayDays <= 34, year + " has " + holidayDays + " days off");
        }
    }

    @Test
    void aDayCannotBeBothOffAndWorked() {
        LocalDate day = LocalDate.of(2026, 10, 10);
        assertThrows(IllegalArgumentException.class, () -> new PublicHolidays(Set.of(day), Set.of(day)));
    }
}
