package org.safetyportal.reporting.rewards;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The reward of one case as its handlers see it: the penalty it rests on, the rule that computed it
 * (copied when recorded), the amount, and who took each stage when. Amounts in fen.
 */
public record Reward(int caseId, String stage, String decisionNo, long fineFen, LocalDate penaltyDate, String ruleKind,
        LocalDate ruleEffective, BigDecimal rulePercentage, long ruleMinimumFen, long ruleMaximumFen, long rewardFen,
        String recordedBy, Instant recordedAt, String approvedBy, Instant approvedAt, String paidBy, LocalDate paidOn) {

    /** What the reporter sees after code and PIN: the stage and the amount, nothing of the staff. */
    public RewardStatus status() {
        return new RewardStatus(stage, rewardFen, paidOn);
    }
}
