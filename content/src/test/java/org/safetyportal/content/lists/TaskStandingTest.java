package org.safetyportal.content.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TaskStandingTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 11, 30);

    @Test
    void aTaskInProgressPastItsDeadline_isOverdue_fromTheDayAfter() {
        assertEquals(TaskStanding.IN_PROGRESS, TaskStanding.of(TaskStatus.IN_PROGRESS, DEADLINE, DEADLINE));
        assertEquals(TaskStanding.OVERDUE, TaskStanding.of(TaskStatus.IN_PROGRESS, DEADLINE, LocalDate.of(2026, 12, 2)));
        assertEquals(TaskStanding.OVERDUE, TaskStanding.of(TaskStatus.NOT_STARTED, DEADLINE, DEADLINE.plusDays(1)));
        assertEquals(TaskStanding.OVERDUE, TaskStanding.of(TaskStatus.DELAYED, DEADLINE, DEADLINE.plusDays(1)));
    }

    @Test
    void aCompletedTask_neverBecomesOverdue_andWithoutADeadlineOrStatusNothingIsDerived() {
        assertEquals(TaskStanding.COMPLETED, TaskStanding.of(TaskStatus.COMPLETED, DEADLINE, DEADLINE.plusYears(1)));
        assertEquals(TaskStanding.DELAYED, TaskStanding.of(TaskStatus.DELAYED, null, DEADLINE.plusYears(1)));
        assertNull(TaskStanding.of(null, DEADLINE, DEADLINE.plusDays(1)));
    }
}
