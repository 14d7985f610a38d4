package org.safetyportal.reporting.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.AccountDisabledException;
import org.safetyportal.content.FourEyesViolation;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.AccountAuditActions;
import org.safetyportal.content.account.AuditEntry;
import org.safetyportal.content.account.AuditLog;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.reporting.cases.CaseCommand;
import org.safetyportal.reporting.cases.CaseWork;
import org.safetyportal.reporting.intake.Receipt;
import org.safetyportal.reporting.testing.ReportingWorld;
import org.safetyportal.reporting.tracking.ReportTracking;
import org.safetyportal.reporting.tracking.TrackedCase;

class RewardsTest {

    private static final LocalDate PENALTY_DAY = LocalDate.of(2026, 3, 2);

    private static Receipt realNameReport(ReportingWorld world, String description) {
        return world.intake().submit(ReportingWorld.named(ReportingWorld.gasLeak(description), "王示例", "13800001234"));
    }

    private static void investigate(ReportingWorld world, int id) {
        CaseWork work = world.bean(CaseWork.class);
        work.act(world.actor("zz.gas"), id, CaseCommand.of("ACCEPT"));
        work.act(world.actor("zz.gas"), id, CaseCommand.of("INVESTIGATE"));
    }

    private static RewardClaim fine(String yuan) {
        return new RewardClaim("MAJOR_HAZARD", "泽城管罚〔2026〕12号", yuan, PENALTY_DAY);
    }

    @OnEveryTestDatabase
    void aRealNameReporter_getsTheComputedReward_recordedApprovedByASecondPersonAndPaid(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            Receipt receipt = realNameReport(world, "加气站储罐阀门泄漏");
            int id = receipt.hazardCase().id();
            investigate(world, id);
            Rewards rewards = world.bean(Rewards.class);

            Reward recorded = rewards.record(world.actor("zz.gas"), id, fine("50,000"));

            assertEquals("RECORDED", recorded.stage());
            assertEquals(5_000_000L, recorded.fineFen());
            assertEquals(750_000L, recorded.rewardFen(), "15% of 50,000 yuan");
            assertEquals("zz.gas", recorded.recordedBy());
            assertEquals(LocalDate.of(2018, 1, 4), recorded.ruleEffective());
            assertEquals("rewards.exists", assertThrows(ValidationException.class,
                    () -> rewards.record(world.actor("zz.gas2"), id, fine("60000"))).messageKey());
            assertEquals("rewards.action.notAllowed", assertThrows(ValidationException.class,
                    () -> rewards.advance(world.actor("zz.gas2"), id, "PAY", PENALTY_DAY)).messageKey());
            assertThrows(FourEyesViolation.class, () -> rewards.advance(world.actor("zz.gas"), id, "APPROVE", null));

            Reward approved = rewards.advance(world.actor("zz.gas2"), id, "APPROVE", null);
            assertEquals("APPROVED", approved.stage());
            assertEquals("zz.gas2", approved.approvedBy());
            TrackedCase tracked = world.bean(ReportTracking.class).track(receipt.trackingCode(), receipt.pin(), "192.0.2.7");
            assertTrue(tracked.realName());
            assertEquals(new RewardStatus("APPROVED", 750_000L, null), tracked.rewardOf().orElseThrow());

            assertEquals("rewards.paidOn.required", assertThrows(ValidationException.class,
                    () -> rewards.advance(world.actor("zz.gas"), id, "PAY", null)).messageKey());
            assertEquals("rewards.paidOn.future", assertThrows(ValidationException.class,
                    () -> rewards.advance(world.actor("zz.gas"), id, "PAY", PENALTY_DAY.plusDays(1))).messageKey());
            Reward paid = rewards.advance(world.actor("zz.gas"), id, "PAY", PENALTY_DAY);
            assertEquals("PAID", paid.stage());
            assertEquals(PENALTY_DAY, paid.paidOn());
            assertTrue(rewards.next(paid).isEmpty());
            assertEquals(new RewardStatus("PAID", 750_000L, PENALTY_DAY), world.bean(ReportTracking.class)
                    .track(receipt.trackingCode(), receipt.pin(), "192.0.2.7").rewardOf().orElseThrow());

            List<String> audited = world.bean(AuditLog.class).recent(world.admin(), 50).stream()
                    .filter(e -> ("hazard-case:" + id).equals(e.target())).map(AuditEntry::action).toList();
            assertTrue(audited.containsAll(List.of("rewards.RECORD", "rewards.APPROVE", "rewards.PAY")), audited.toString());
            assertTrue(audited.contains(AccountAuditActions.FOUR_EYES_REFUSED), "the refused approval is audited too: " + audited);
        }
    }

    @OnEveryTestDatabase
    void anAnonymousReport_getsNone_andItsTrackingSaysSo(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            Receipt receipt = world.intake().submit(ReportingWorld.gasLeak("燃气味很重"));
            int id = receipt.hazardCase().id();
            investigate(world, id);

            assertEquals("rewards.anonymous", assertThrows(ValidationException.class,
                    () -> world.bean(Rewards.class).record(world.actor("zz.gas"), id, fine("50000"))).messageKey());
            TrackedCase tracked = world.bean(ReportTracking.class).track(receipt.trackingCode(), receipt.pin(), "192.0.2.8");
            assertFalse(tracked.realName());
            assertTrue(tracked.rewardOf().isEmpty());
        }
    }

    @OnEveryTestDatabase
    void onlyTheFirstReporter_isRewarded_aDuplicateGetsNone(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            int first = realNameReport(world, "燃气管道被货物占压").hazardCase().id();
            int second = world.intake().submit(ReportingWorld.named(ReportingWorld.gasLeak("燃气管道被占压，同一处"),
                    "李示例", "13900005678")).hazardCase().id();
            CaseWork work = world.bean(CaseWork.class);
            investigate(world, first);
            work.act(world.actor("zz.gas"), second, CaseCommand.of("NOT_ACCEPT").withOutcome("DUPLICATE")
                    .withNote("与先前举报为同一隐患"));
            Rewards rewards = world.bean(Rewards.class);

            assertEquals("rewards.duplicate", assertThrows(ValidationException.class,
                    () -> rewards.record(world.actor("zz.gas"), second, fine("50000"))).messageKey());
            assertEquals(750_000L, rewards.record(world.actor("zz.gas"), first, fine("50000")).rewardFen());
            assertTrue(rewards.of(world.actor("zz.gas"), second).isEmpty());
        }
    }

    @OnEveryTestDatabase
    void onlyTheCasesHandlers_mayRecordOrApprove_rightsReadAtEachStage(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            int id = realNameReport(world, "燃气表箱锈蚀漏气").hazardCase().id();
            Rewards rewards = world.bean(Rewards.class);

            assertEquals("rewards.notInvestigated", assertThrows(ValidationException.class,
                    () -> rewards.record(world.actor("zz.gas"), id, fine("50000"))).messageKey());
            investigate(world, id);
            assertThrows(AccessDeniedException.class, () -> rewards.record(world.actor("gp.gas"), id, fine("50000")));
            assertThrows(AccessDeniedException.class, () -> rewards.of(world.actor("gp.gas"), id));
            rewards.record(world.actor("zz.gas"), id, fine("50000"));
            assertThrows(AccessDeniedException.class, () -> rewards.advance(world.actor("gp.gas"), id, "APPROVE", null));
            var colleague = world.actor("zz.gas2");
            world.disable("zz.gas2");
            assertThrows(AccountDisabledException.class, () -> rewards.advance(colleague, id, "APPROVE", null));
            assertEquals("RECORDED", rewards.of(world.actor("zz.gas"), id).orElseThrow().stage());
        }
    }

    @OnEveryTestDatabase
    void hostileInput_isRefusedInWords_andNothingIsStored(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            int id = realNameReport(world, "燃气软管老化").hazardCase().id();
            investigate(world, id);
            Rewards rewards = world.bean(Rewards.class);
            var handler = world.actor("zz.gas");

            assertEquals("rewards.fine.positive", assertThrows(ValidationException.class,
                    () -> rewards.record(handler, id, fine("-5000"))).messageKey());
            assertEquals("rewards.fine.tooLarge", assertThrows(ValidationException.class,
                    () -> rewards.record(handler, id, fine("99999999999999"))).messageKey());
            assertEquals("rewards.fine.notAmount", assertThrows(ValidationException.class,
                    () -> rewards.record(handler, id, fine("五万元"))).messageKey());
            assertEquals("rewards.kind.required", assertThrows(ValidationException.class,
                    () -> rewards.record(handler, id, new RewardClaim("EVERYTHING", "号", "5000", PENALTY_DAY))).messageKey());
            assertEquals("rewards.decision.required", assertThrows(ValidationException.class,
                    () -> rewards.record(handler, id, new RewardClaim("MAJOR_HAZARD", "  ", "5000", PENALTY_DAY))).messageKey());
            assertEquals("rewards.decision.tooLong", assertThrows(ValidationException.class,
                    () -> rewards.record(handler, id, new RewardClaim("MAJOR_HAZARD", "号".repeat(101), "5000", PENALTY_DAY)))
                    .messageKey());
            assertEquals("rewards.penaltyDate.future", assertThrows(ValidationException.class,
                    () -> rewards.record(handler, id, new RewardClaim("MAJOR_HAZARD", "号", "5000", PENALTY_DAY.plusDays(1))))
                    .messageKey());
            assertEquals("rewards.penaltyDate.beforeReport", assertThrows(ValidationException.class,
                    () -> rewards.record(handler, id, new RewardClaim("MAJOR_HAZARD", "号", "5000", PENALTY_DAY.minusDays(1))))
                    .messageKey());
            assertEquals("rewards.penaltyDate.required", assertThrows(ValidationException.class,
                    () -> rewards.record(handler, id, new RewardClaim("MAJOR_HAZARD", "号", "5000", null))).messageKey());
            assertEquals("rewards.none", assertThrows(ValidationException.class,
                    () -> rewards.advance(handler, id, "APPROVE", null)).messageKey());
            assertTrue(rewards.of(handler, id).isEmpty());
        }
    }
}
