package org.safetyportal.content.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.calendar.WorkingCalendar;

class PublicationTimelinessTest {

    private final PublicationTimeliness timeliness = new PublicationTimeliness(new WorkingCalendar());

    @Test
    void publishedLate_isMoreThanTwentyWorkingDaysAfterTheDecision() {
        LocalDate friday = LocalDate.of(2026, 11, 6);
        LocalDate fourWeeksOn = friday.plusWeeks(4);
        assertEquals(fourWeeksOn, timeliness.lastDayInTime(friday));
        assertFalse(timeliness.isLate(friday, fourWeeksOn), "the twentieth working day is in time");
        assertFalse(timeliness.isLate(friday, fourWeeksOn.plusDays(2)), "the weekend after it too");
        assertTrue(timeliness.isLate(friday, fourWeeksOn.plusDays(3)), "the Monday after is the 21st");
        assertFalse(timeliness.isLate(friday, friday));
    }

    @Test
    void holidaysAreNotCounted_andSwappedWorkingWeekendsAre() {
        LocalDate decision = LocalDate.of(2026, 9, 21);
        // 24 days Monday to Friday, but 25 Sep (中秋节) and 1-7 Oct (国庆节) are off and Sat 10 Oct is worked: 19.
        assertFalse(timeliness.isLate(decision, LocalDate.of(2026, 10, 23)));
        assertEquals(LocalDate.of(2026, 10, 26), timeliness.lastDayInTime(decision));
        assertTrue(timeliness.isLate(decision, LocalDate.of(2026, 10, 27)));
    }
}
