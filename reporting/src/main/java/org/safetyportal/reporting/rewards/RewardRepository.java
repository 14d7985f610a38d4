package org.safetyportal.reporting.rewards;

import static org.safetyportal.reporting.internal.jooq.Tables.CASE_REWARD;
import static org.safetyportal.reporting.internal.jooq.Tables.REWARD_TRANSITION;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.safetyportal.reporting.internal.jooq.tables.records.CaseRewardRecord;

/** The rows of {@code case_reward} and the stage table. Rights are the caller's question. */
@Singleton
class RewardRepository {

    private final DSLContext dsl;

    RewardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<RewardTransition> transitions() {
        return dsl.selectFrom(REWARD_TRANSITION).orderBy(REWARD_TRANSITION.FROM_STAGE, REWARD_TRANSITION.ACTION)
                .fetch(r -> new RewardTransition(r.getAction(), r.getFromStage(), r.getToStage(), r.getFourEyes(),
                        r.getNeedsDate()));
    }

    Optional<Reward> of(int caseId) {
        return dsl.selectFrom(CASE_REWARD).where(CASE_REWARD.REPORT_ID.eq(caseId)).fetchOptional(RewardRepository::reward);
    }

    void insert(Reward r) {
        dsl.insertInto(CASE_REWARD)
                .set(CASE_REWARD.REPORT_ID, r.caseId())
                .set(CASE_REWARD.STAGE, r.stage())
                .set(CASE_REWARD.DECISION_NO, r.decisionNo())
                .set(CASE_REWARD.FINE_FEN, r.fineFen())
                .set(CASE_REWARD.PENALTY_DATE, r.penaltyDate())
                .set(CASE_REWARD.RULE_KIND, r.ruleKind())
                .set(CASE_REWARD.RULE_EFFECTIVE, r.ruleEffective())
                .set(CASE_REWARD.RULE_PERCENT, r.rulePercentage())
                .set(CASE_REWARD.RULE_MIN_FEN, r.ruleMinimumFen())
                .set(CASE_REWARD.RULE_MAX_FEN, r.ruleMaximumFen())
                .set(CASE_REWARD.REWARD_FEN, r.rewardFen())
                .set(CASE_REWARD.RECORDED_BY, r.recordedBy())
                .set(CASE_REWARD.RECORDED_AT, local(r.recordedAt()))
                .execute();
    }

    void approve(int caseId, String stage, String by, Instant at) {
        dsl.update(CASE_REWARD).set(CASE_REWARD.STAGE, stage).set(CASE_REWARD.APPROVED_BY, by)
                .set(CASE_REWARD.APPROVED_AT, local(at)).where(CASE_REWARD.REPORT_ID.eq(caseId)).execute();
    }

    void pay(int caseId, String stage, String by, LocalDate paidOn, Instant at) {
        dsl.update(CASE_REWARD).set(CASE_REWARD.STAGE, stage).set(CASE_REWARD.PAID_BY, by)
                .set(CASE_REWARD.PAID_ON, paidOn).set(CASE_REWARD.PAID_AT, local(at))
                .where(CASE_REWARD.REPORT_ID.eq(caseId)).execute();
    }

    private static Reward reward(CaseRewardRecord r) {
        return new Reward(r.getReportId(), r.getStage(), r.getDecisionNo(), r.getFineFen(), r.getPenaltyDate(),
                r.getRuleKind(), r.getRuleEffective(), r.getRulePercent(), r.getRuleMinFen(), r.getRuleMaxFen(),
                r.getRewardFen(), r.getRecordedBy(), instant(r.getRecordedAt()), r.getApprovedBy(),
                instant(r.getApprovedAt()), r.getPaidBy(), r.getPaidOn());
    }

    private static LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime at) {
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }
}
