package org.safetyportal.content.oversight;

/** The audit-log actions of oversight results; each has a translation {@code audit.action.<action>}. */
public final class OversightAuditActions {

    public static final String PUBLISHED = "oversight.published";
    public static final String RECTIFICATION_REPORTED = "oversight.rectificationReported";

    private OversightAuditActions() {
    }
}
