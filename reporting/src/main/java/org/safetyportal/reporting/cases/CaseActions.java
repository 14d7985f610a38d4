package org.safetyportal.reporting.cases;

/**
 * The actions whose effect goes beyond moving the status, which code therefore names. Which action is
 * allowed from which status is data ({@code case_transition}), not code.
 */
public final class CaseActions {

    public static final String ACCEPT = "ACCEPT";
    public static final String TRANSFER = "TRANSFER";
    public static final String DECIDE_DISPUTE = "DECIDE_DISPUTE";
    public static final String REQUEST_VERIFICATION = "REQUEST_VERIFICATION";
    public static final String VERIFY_CLOSE = "VERIFY_CLOSE";
    public static final String REOPEN = "REOPEN";
    /** A note without a change of status: public, internal or both. */
    public static final String NOTE = "NOTE";
    /** A visitor's "this is the same" (not in the workflow's table): a public step that moves nothing, counted in public. */
    public static final String SUPPORT = "SUPPORT";

    private CaseActions() {
    }
}
