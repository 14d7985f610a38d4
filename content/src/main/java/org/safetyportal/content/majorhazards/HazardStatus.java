package org.safetyportal.content.majorhazards;

import java.util.Map;
import java.util.Set;

/**
 * Where a listed major hazard stands; translated as {@code hazards.status.<name>}. The steps allowed
 * from each status are data ({@link #next()}); CLOSED (验收销号) is final. "Overdue" is not a status:
 * it is computed from the deadline (see {@link MajorHazard#overdue()}).
 */
public enum HazardStatus {
    LISTED,
    RECTIFYING,
    RECTIFIED_PENDING_ACCEPTANCE,
    CLOSED;

    /** From RECTIFYING to RECTIFYING records progress; from pending acceptance back to RECTIFYING: acceptance failed. */
    private static final Map<HazardStatus, Set<HazardStatus>> NEXT = Map.of(
            LISTED, Set.of(RECTIFYING),
            RECTIFYING, Set.of(RECTIFYING, RECTIFIED_PENDING_ACCEPTANCE),
            RECTIFIED_PENDING_ACCEPTANCE, Set.of(RECTIFYING, CLOSED),
            CLOSED, Set.of());

    public Set<HazardStatus> next() {
        return NEXT.get(this);
    }

    public boolean canMoveTo(HazardStatus target) {
        return next().contains(target);
    }

    /** Steps that only the accepting reviewer takes: closing, or sending back a rectification that failed acceptance. */
    public static boolean isAcceptanceStep(HazardStatus from) {
        return from == RECTIFIED_PENDING_ACCEPTANCE;
    }
}
