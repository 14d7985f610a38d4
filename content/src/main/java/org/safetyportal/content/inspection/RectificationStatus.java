package org.safetyportal.content.inspection;

/** Where the enterprise stands with the rectification ordered; translated as {@code inspections.rectification.<name>}. */
public enum RectificationStatus {
    NOT_REQUIRED,
    PENDING,
    RECTIFIED,
    OVERDUE;

    /** Every status but NOT_REQUIRED has a rectification deadline. */
    public boolean needsDeadline() {
        return this != NOT_REQUIRED;
    }
}
