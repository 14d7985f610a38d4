package org.safetyportal.content.lists;

/** The audit-log actions of list work; each has a translation {@code audit.action.<action>}. */
public final class ListAuditActions {

    public static final String DRAFT_STARTED = "list.draftStarted";
    public static final String ITEMS_SAVED = "list.itemsSaved";
    public static final String SUBMITTED = "list.submitted";
    public static final String RETURNED = "list.returned";
    public static final String PUBLISHED = "list.published";
    public static final String ITEMS_IMPORTED = "list.itemsImported";
    public static final String REPEAL_REQUESTED = "list.repealRequested";
    public static final String REPEALED = "list.repealed";
    public static final String REPEAL_DECLINED = "list.repealDeclined";
    public static final String PROGRESS_PUBLISHED = "list.progressPublished";

    private ListAuditActions() {
    }
}
