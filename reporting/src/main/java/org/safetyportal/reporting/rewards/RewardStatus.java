package org.safetyportal.reporting.rewards;

import java.time.LocalDate;

/** Where a reporter's reward stands (recorded, approved, paid on a day) and its amount in fen. */
public record RewardStatus(String stage, long rewardFen, LocalDate paidOn) {
}
