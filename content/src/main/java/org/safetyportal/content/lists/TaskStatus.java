package org.safetyportal.content.lists;

/** Where an annual key task stands. */
public enum TaskStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    DELAYED
}
