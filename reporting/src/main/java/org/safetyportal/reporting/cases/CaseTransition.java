package org.safetyportal.reporting.cases;

/**
 * One allowed move of a case, as the transition table states it: which action takes a case from which
 * status to which, who may take it (a handler of the case's department, or the area's safety committee
 * office), and what the action must carry.
 */
public record CaseTransition(String action, String fromStatus, String toStatus, ActorKind actorKind,
        boolean needsReason, boolean needsDeadline, boolean needsOutcome, boolean fourEyes) {

    public enum ActorKind {
        /** A case handler of the case's department (and county, where the grant names one). */
        HANDLER,
        /** A case handler of the safety committee office (安委办) of the refusing department's area. */
        COMMITTEE
    }

    /** Actions that hand the case to a named department. */
    public boolean namesDepartment() {
        return CaseActions.TRANSFER.equals(action) || CaseActions.DECIDE_DISPUTE.equals(action);
    }
}
