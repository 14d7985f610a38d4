package org.safetyportal.reporting.rewards;

import java.time.LocalDate;

/**
 * The penalty a handler records for a case, as typed: the kind of report (a rule's kind), the penalty
 * decision's number (行政处罚决定书文号), the fine in yuan as text (read by {@link Money#parseFine}) and the
 * decision's date.
 */
public record RewardClaim(String kind, String decisionNo, String fine, LocalDate penaltyDate) {
}
