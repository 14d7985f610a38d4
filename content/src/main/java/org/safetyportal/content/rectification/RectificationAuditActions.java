package org.safetyportal.content.rectification;

/** The audit-log actions of the 问题整改清单 and 追责问责清单; each has a translation {@code audit.action.<action>}. */
public final class RectificationAuditActions {

    public static final String PROBLEM_RECORDED = "rectification-problem.recorded";
    public static final String PROBLEM_COMPLETED = "rectification-problem.completed";
    public static final String ACCOUNTABILITY_RECORDED = "accountability.recorded";

    private RectificationAuditActions() {
    }
}
