package org.safetyportal.reporting.cases;

import java.util.List;

/** A case as its handlers see it: the report, every step (internal notes too) and what they may do next. */
public record CaseDetails(HazardCase hazardCase, List<CaseEvent> events, List<CaseTransition> allowed,
        boolean committeeMayDecide) {
}
