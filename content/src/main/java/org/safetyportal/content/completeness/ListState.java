package org.safetyportal.content.completeness;

/** Where one of a department's lists stands for the year asked about; each has a translation {@code completeness.state.<name>}. */
public enum ListState {
    /** A version is in force (for the annual list: one of that year). */
    IN_FORCE,
    /**
     * The annual key-task list of the year is not published. The notice asks for it together with the
     * year's key work (结合年度重点工作任务，编制"年度重点任务清单") and sets no later date, so from the
     * first day of the year a missing one is overdue.
     */
    OVERDUE,
    /** A list without a year (权力清单, 责任清单) that the department has never published, or repealed. */
    MISSING,
    /** Not asked of this publisher: an area government publishes no 权力清单 (the notice asks its leaders for the other two). */
    NOT_EXPECTED
}
