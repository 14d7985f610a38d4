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
    CLOSED,
    /**
     * 比照生产安全事故调查: a hazard not rectified as required (its deadline passed while it was open) is
     * investigated as a work-safety accident would be (the notice's item 9). Rectification goes on from here.
     */
    REFERRED_FOR_INVESTIGATION;

    /** From RECTIFYING to RECTIFYING records progress; from pending acceptance back to RECTIFYING: acceptance failed. */
    private static final Map<HazardStatus, Set<HazardStatus>> NEXT = Map.of(
            LISTED, Set.of(RECTIFYING, REFERRED_FOR_INVESTIGATION),
            RECTIFYING, Set.of(RECTIFYING, RECTIFIED_PENDING_ACCEPTANCE, REFERRED_FOR_INVESTIGATION),
            RECTIFIED_PENDING_ACCEPTANCE, Set.of(RECTIFYING, CLOSED),
            CLOSED, Set.of(),
            REFERRED_FOR_INVESTIGATION, Set.of(RECTIFYING, RECTIFIED_PENDING_ACCEPTANCE));

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
