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
    /** Publish 巡查/考核/督查 results of one's own department and file their rectification reports. */
    public static final String PUBLISH_OVERSIGHT = "oversight:publish";
    public static final String LIST_BLACKLIST = "blacklist:list";
    public static final String REVIEW_BLACKLIST = "blacklist:review";
    /** List a major hazard for supervised rectification and record its progress (publishers). */
    public static final String LIST_HAZARDS = "hazards:list";
    /** Sign off a rectified major hazard (验收销号) or send it back (reviewers). */
    public static final String ACCEPT_HAZARDS = "hazards:accept";
    /** Publish, correct and update the rectification status of a department's inspection results. */
    public static final String PUBLISH_INSPECTIONS = "inspections:publish";

    /** Draft lessons: a new lesson or the next edition of a published one (LESSON_EDITOR). */
    public static final String DRAFT_LESSONS = "lessons:draft";
    /** Publish, or return, a lesson draft one had no hand in (LESSON_EDITOR: four eyes between two editors). */
    public static final String PUBLISH_LESSONS = "lessons:publish";

    /** Run sessions for groups of the school or community one is registered as an educator of (SESSION_HOST). */
    public static final String RUN_SESSIONS = "sessions:run";

    private Permissions() {
    }
}
