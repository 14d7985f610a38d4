package org.safetyportal.content.inspection;

/** The audit-log actions of inspection results; each has a translation {@code audit.action.<action>}. */
public final class InspectionAuditActions {

    public static final String PUBLISHED = "inspection.published";

    private InspectionAuditActions() {
    }
}
