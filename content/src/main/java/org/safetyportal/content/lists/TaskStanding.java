package org.safetyportal.content.lists;

import java.time.LocalDate;

/**
 * Where an annual key task stands for a reader on a given day: the status its department published,
 * except that a task not completed whose 完成时限 has passed is {@link #OVERDUE} (逾期), whatever the last
 * update said. Derived on the city's calendar day ({@code CityClock.today()}), never published or stored,
 * so the grid, the item page, the API and the exports all tell the same thing on the same day.
 */
public enum TaskStanding {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    DELAYED,
    OVERDUE;

    /** The standing of a task with this published status and deadline on {@code today}; null when no status is given. */
    public static TaskStanding of(TaskStatus published, LocalDate deadline, LocalDate today) {
        if (published == null) {
            return null;
        }
        if (published != TaskStatus.COMPLETED && deadline != null && today.isAfter(deadline)) {
            return OVERDUE;
        }
        return valueOf(published.name());
    }
}
