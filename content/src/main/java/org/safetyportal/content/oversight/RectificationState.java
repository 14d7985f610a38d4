package org.safetyportal.content.oversight;

/**
 * Where the rectification a result requires stands on a given day, derived from the result and its
 * report (never stored); translated as {@code oversight.rectification.<name>}.
 */
public enum RectificationState {
    /** The result requires no rectification. */
    NOT_REQUIRED,
    /** Required, no report yet, the deadline not passed. */
    PENDING,
    /** Required, no report, the deadline passed. */
    OVERDUE,
    /** The rectification report has been published. */
    REPORTED
}
