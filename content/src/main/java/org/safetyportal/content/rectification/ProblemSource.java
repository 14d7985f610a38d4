package org.safetyportal.content.rectification;

/** Where a problem was found: a safety inspection (安全生产大检查) or a special campaign (专项整治). */
public enum ProblemSource {
    SAFETY_INSPECTION,
    SPECIAL_CAMPAIGN
}
