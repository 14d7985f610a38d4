package org.safetyportal.content.oversight;

/** The grade of a 考核 (assessment); each has a translation {@code oversight.grade.<name>}. */
public enum AssessmentGrade {
    /** 优秀 */
    EXCELLENT,
    /** 良好 */
    GOOD,
    /** 合格 */
    PASS,
    /** 不合格 */
    FAIL
}
