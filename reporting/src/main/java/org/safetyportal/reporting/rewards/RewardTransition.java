package org.safetyportal.reporting.rewards;

/** One row of {@code reward_transition}: an action, the stage it moves from and to, and what it requires. */
public record RewardTransition(String action, String fromStage, String toStage, boolean fourEyes, boolean needsDate) {
}
