package org.safetyportal.reporting.internal;

/** One row of the transition table as stored. */
public record TransitionRow(String action, String fromStatus, String toStatus, String actorKind, boolean needsReason,
        boolean needsDeadline, boolean needsOutcome, boolean fourEyes) {
}
