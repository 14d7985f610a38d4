package org.safetyportal.content.inspection;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Where the enterprise stands with the rectification ordered; translated as {@code inspections.rectification.<name>}.
 * A record is published with NOT_REQUIRED, PENDING or RECTIFIED; later changes are status events, allowed
 * along {@link #next()}. OVERDUE is never published nor stored: it is what PENDING reads as once the
 * deadline in force has passed (see {@link #current}).
 */
public enum RectificationStatus {
    NOT_REQUIRED,
    PENDING,
    RECTIFIED,
    OVERDUE;

    /** The status changes a status event may publish, from each status as stored (OVERDUE is PENDING underneath). */
    private static final Map<RectificationStatus, Set<RectificationStatus>> NEXT = Map.of(
            NOT_REQUIRED, Set.of(),
            PENDING, Set.of(RECTIFIED),
            RECTIFIED, Set.of(),
            OVERDUE, Set.of(RECTIFIED));

    /** Every status but NOT_REQUIRED has a rectification deadline. */
    public boolean needsDeadline() {
        return this != NOT_REQUIRED;
    }

    /** Whether a record may be published with this status (OVERDUE is derived, never entered). */
    public boolean isPublishable() {
        return this != OVERDUE;
    }

    public Set<RectificationStatus> next() {
        return NEXT.get(this);
    }

    public boolean canChangeTo(RectificationStatus target) {
        return next().contains(target);
    }

    /**
     * The status as the public reads it: the latest status event's if any, else the one published with
     * the record; PENDING whose deadline lies before {@code today} reads OVERDUE.
     */
    public static RectificationStatus current(RectificationStatus published, RectificationStatus latestEvent,
            LocalDate deadline, LocalDate today) {
        RectificationStatus status = latestEvent != null ? latestEvent : published;
        if (status == OVERDUE) {
            status = PENDING;
        }
        if (status == PENDING && deadline != null && deadline.isBefore(today)) {
            return OVERDUE;
        }
        return status;
    }
}
