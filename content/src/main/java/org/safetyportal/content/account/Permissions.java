package org.safetyportal.content.account;

/** Permission names as stored in {@code staff_role_permission}. */
public final class Permissions {

    public static final String ENTER_ADMIN = "admin:enter";
    public static final String MANAGE_USERS = "users:manage";
    public static final String VIEW_AUDIT_LOG = "audit:view";
    public static final String DRAFT_LISTS = "lists:draft";
    public static final String REVIEW_LISTS = "lists:review";
    public static final String HANDLE_CASES = "cases:handle";
    public static final String EDIT_LESSONS = "lessons:edit";
    /** Publish, correct and update the rectification status of a department's inspection results. */
    public static final String PUBLISH_INSPECTIONS = "inspections:publish";

    private Permissions() {
    }
}
