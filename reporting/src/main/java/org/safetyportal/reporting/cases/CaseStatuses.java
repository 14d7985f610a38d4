package org.safetyportal.reporting.cases;

/** The codes of the statuses that code itself names: where a case starts and where a dispute sends it. */
public final class CaseStatuses {

    public static final String SUBMITTED = "SUBMITTED";
    public static final String DISPUTED = "DISPUTED";
    public static final String AWAITING_VERIFICATION = "AWAITING_VERIFICATION";
    public static final String RECTIFYING = "RECTIFYING";
    public static final String NOT_ACCEPTED = "NOT_ACCEPTED";

    private CaseStatuses() {
    }
}
