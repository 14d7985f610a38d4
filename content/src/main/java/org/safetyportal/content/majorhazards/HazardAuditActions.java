package org.safetyportal.content.majorhazards;

/** The audit-log actions of the major hazard register; each has a translation {@code audit.action.<action>}. */
public final class HazardAuditActions {

    public static final String LISTED = "major-hazard.listed";
    public static final String STATUS_CHANGED = "major-hazard.status";

    private HazardAuditActions() {
    }
}
