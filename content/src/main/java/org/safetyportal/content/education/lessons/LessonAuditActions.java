package org.safetyportal.content.education.lessons;

/** The audit-log actions of lesson drafting; each has a translation {@code audit.action.<action>}. */
public final class LessonAuditActions {

    public static final String DRAFT_STARTED = "lesson.draftStarted";
    public static final String DRAFT_SAVED = "lesson.draftSaved";
    public static final String SUBMITTED = "lesson.submitted";
    public static final String RETURNED = "lesson.returned";
    public static final String IMAGE_UPLOADED = "lesson.imageUploaded";

    private LessonAuditActions() {
    }
}
