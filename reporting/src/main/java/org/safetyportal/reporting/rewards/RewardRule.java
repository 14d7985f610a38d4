package org.safetyportal.reporting.rewards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.safetyportal.content.LocalizedName;

/**
 * One row of the reward rules ({@code seed/reporting/reward-rules.tsv}): for reports of this kind,
 * penalised on or after {@code effective}, the reward is {@code percentage} per cent of the fine,
 * rounded half up to the fen, and then raised to {@code minimumFen} or lowered to {@code maximumFen}.
 */
public record RewardRule(String kind, LocalDate effective, BigDecimal percentage, long minimumFen, long maximumFen,
        LocalizedName name, String basis) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public RewardRule {
        if (percentage.signum() <= 0 || percentage.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("reward percentage out of range for " + kind + ": " + percentage);
        }
        if (minimumFen < 0 || maximumFen < minimumFen) {
            throw new IllegalArgumentException("reward bounds out of order for " + kind);
        }
    }

    /** The reward for a fine, both in fen: the percentage (half up to the fen), at least the minimum, at most the maximum. */
    public long rewardFen(long fineFen) {
        if (fineFen <= 0) {
            throw new IllegalArgumentException("a fine is more than zero");
        }
        long share = BigDecimal.valueOf(fineFen).multiply(percentage).divide(HUNDRED, 0, RoundingMode.HALF_UP)
                .longValueExact();
        return Math.min(maximumFen, Math.max(minimumFen, share));
    }
}
