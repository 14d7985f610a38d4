package org.safetyportal.content.inspection;

/** The audit-log actions of inspection results; each has a translation {@code audit.action.<action>}. */
public final class InspectionAuditActions {

    public static final String PUBLISHED = "inspection.published";
    public static final String CORRECTED = "inspection.corrected";
    public static final String STATUS_CHANGED = "inspection.statusChanged";

    private InspectionAuditActions() {
    }
}
