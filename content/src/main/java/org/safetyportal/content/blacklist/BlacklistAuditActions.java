package org.safetyportal.content.blacklist;

/** The audit-log actions of the blacklist; each has a translation {@code audit.action.<action>}. */
public final class BlacklistAuditActions {

    public static final String LISTED = "blacklist.listed";
    public static final String REMOVAL_REQUESTED = "blacklist.removalRequested";
    public static final String REMOVAL_APPROVED = "blacklist.removed";
    public static final String REMOVAL_REJECTED = "blacklist.removalRejected";

    private BlacklistAuditActions() {
    }
}
