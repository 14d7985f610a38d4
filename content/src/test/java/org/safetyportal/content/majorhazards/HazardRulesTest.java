package org.safetyportal.content.majorhazards;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.safetyportal.content.ValidationException;
import org.safetyportal.i18n.Messages;

class HazardRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final FiveImplementations FIVE = new FiveImplementations("更换设备", "主要负责人", "自筹50万元", "30日内", "专项预案");

    static NewMajorHazard listing(LocalDate listed, LocalDate deadline, FiveImplementations five) {
        return HazardRules.normalized(new NewMajorHazard(" HZ-1 ", 1, "隐患", "泽州县示例煤业有限公司", "91140525ma0dem001p",
                "ZZ", "COAL_MINE", listed, deadline, five));
    }

    @Test
    void aCompleteListingPasses_andIsNormalized() {
        NewMajorHazard hazard = listing(TODAY, TODAY.plusDays(30), FIVE);
        assertDoesNotThrow(() -> HazardRules.checkListing(hazard, TODAY));
        assertEquals("HZ-1", hazard.registerCode());
        assertEquals("91140525MA0DEM001P", hazard.creditCode());
    }

    @Test
    void everyOneOfTheFiveImplementationsIsRequired() {
        List<FiveImplementations> incomplete = List.of(
                new FiveImplementations(" ", "r", "f", "t", "c"), new FiveImplementations("m", null, "f", "t", "c"),
                new FiveImplementations("m", "r", "", "t", "c"), new FiveImplementations("m", "r", "f", null, "c"),
                new FiveImplementations("m", "r", "f", "t", "  "));
        for (FiveImplementations five : incomplete) {
            assertKey("hazards.fiveImplementations.required",
                    () -> HazardRules.checkListing(listing(TODAY, TODAY, five), TODAY));
        }
    }

    @Test
    void theDeadlineIsNotBeforeListing_andListingIsNotInTheFuture() {
        assertKey("hazards.deadline.beforeListing", () -> HazardRules.checkListing(listing(TODAY, TODAY.minusDays(1), FIVE), TODAY));
        assertDoesNotThrow(() -> HazardRules.checkListing(listing(TODAY, TODAY, FIVE), TODAY));
        assertKey("hazards.date.future", () -> HazardRules.checkListing(listing(TODAY.plusDays(1), TODAY.plusDays(9), FIVE), TODAY));
        assertKey("hazards.date.required", () -> HazardRules.checkListing(listing(TODAY, null, FIVE), TODAY));
    }

    @Test
    void anInvalidCreditCodeIsRefused() {
        NewMajorHazard bad = HazardRules.normalized(new NewMajorHazard("HZ-1", 1, "隐患", "示例", "91140525MA0DEM001Q",
                "ZZ", "COAL_MINE", TODAY, TODAY, FIVE));
        assertKey("hazards.creditCode.invalid", () -> HazardRules.checkListing(bad, TODAY));
    }

    @Test
    void statusesMoveOnlyForward_throughAcceptance_andClosedIsFinal() {
        assertEquals(Set.of(HazardStatus.RECTIFYING, HazardStatus.REFERRED_FOR_INVESTIGATION), HazardStatus.LISTED.next());
        assertEquals(Set.of(HazardStatus.RECTIFYING, HazardStatus.RECTIFIED_PENDING_ACCEPTANCE),
                HazardStatus.REFERRED_FOR_INVESTIGATION.next(), "rectification goes on after a referral");
        assertFalse(HazardStatus.REFERRED_FOR_INVESTIGATION.canMoveTo(HazardStatus.CLOSED), "never closed without acceptance");
        assertTrue(HazardStatus.RECTIFYING.canMoveTo(HazardStatus.RECTIFYING), "progress");
        assertFalse(HazardStatus.RECTIFYING.canMoveTo(HazardStatus.CLOSED), "never closed without acceptance");
        assertFalse(HazardStatus.LISTED.canMoveTo(HazardStatus.CLOSED));
        assertTrue(HazardStatus.RECTIFIED_PENDING_ACCEPTANCE.canMoveTo(HazardStatus.CLOSED));
        assertTrue(HazardStatus.RECTIFIED_PENDING_ACCEPTANCE.canMoveTo(HazardStatus.RECTIFYING), "acceptance failed");
        assertEquals(Set.of(), HazardStatus.CLOSED.next());
        assertTrue(HazardStatus.isAcceptanceStep(HazardStatus.RECTIFIED_PENDING_ACCEPTANCE));
        assertFalse(HazardStatus.isAcceptanceStep(HazardStatus.RECTIFYING));
    }

    @Test
    void stepsNeedANote_aDateInOrder_andSignOffExactlyWhenClosing() {
        MajorHazard pending = hazard(List.of(event(1, HazardStatus.RECTIFYING, TODAY.minusDays(20)),
                event(2, HazardStatus.RECTIFIED_PENDING_ACCEPTANCE, TODAY.minusDays(10))), TODAY.plusDays(5));
        LocalDate day = TODAY.minusDays(2);

        assertDoesNotThrow(() -> HazardRules.checkStep(pending, step(HazardStatus.CLOSED, day, "合格", "王示例", "某局"), TODAY));
        assertKey("hazards.signOff.required", () -> HazardRules.checkStep(pending, step(HazardStatus.CLOSED, day, "合格", "王示例", " "), TODAY));
        assertKey("hazards.signOff.onlyWhenClosing", () -> HazardRules.checkStep(pending,
                step(HazardStatus.RECTIFYING, day, "退回", "王示例", "某局"), TODAY));
        assertKey("hazards.note.required", () -> HazardRules.checkStep(pending, step(HazardStatus.RECTIFYING, day, " ", null, null), TODAY));
        assertDoesNotThrow(() -> HazardRules.checkStep(pending,
                step(HazardStatus.CLOSED, day, "合格", "王示例", "某县人民政府", SignerRole.GOVERNMENT_LEADER_IN_CHARGE), TODAY));
        assertKey("hazards.signOff.roleRequired", () -> HazardRules.checkStep(pending,
                step(HazardStatus.CLOSED, day, "合格", "王示例", "某局", null), TODAY));
        assertKey("hazards.signOff.onlyWhenClosing", () -> HazardRules.checkStep(pending,
                step(HazardStatus.RECTIFYING, day, "退回", null, null, SignerRole.DEPARTMENT_PRINCIPAL), TODAY));
        assertKey("hazards.step.beforeLast", () -> HazardRules.checkStep(pending,
                step(HazardStatus.RECTIFYING, TODAY.minusDays(11), "退回", null, null), TODAY));
        assertKey("hazards.date.future", () -> HazardRules.checkStep(pending,
                step(HazardStatus.RECTIFYING, TODAY.plusDays(1), "退回", null, null), TODAY));
        ValidationException skipped = assertThrows(ValidationException.class, () -> HazardRules.checkStep(hazard(List.of(), TODAY),
                step(HazardStatus.CLOSED, day, "合格", "王示例", "某局"), TODAY));
        assertEquals("The status cannot change from Listed to Accepted and closed.", Messages.describe(Locale.ENGLISH, skipped),
                "the statuses are named in words, not codes");
    }

    @Test
    void overdueMeansPastTheDeadlineAndNotClosed() {
        assertTrue(MajorHazard.isOverdue(HazardStatus.RECTIFYING, TODAY.minusDays(1), TODAY));
        assertFalse(MajorHazard.isOverdue(HazardStatus.RECTIFYING, TODAY, TODAY), "the deadline day itself is in time");
        assertFalse(MajorHazard.isOverdue(HazardStatus.CLOSED, TODAY.minusDays(100), TODAY));
    }

    /** A step; a closing one is signed by the department's principal leader. */
    private static StatusChange step(HazardStatus status, LocalDate date, String note, String by, String unit) {
        return step(status, date, note, by, unit, status == HazardStatus.CLOSED ? SignerRole.DEPARTMENT_PRINCIPAL : null);
    }

    private static StatusChange step(HazardStatus status, LocalDate date, String note, String by, String unit, SignerRole role) {
        return HazardRules.normalized(new StatusChange(status, date, note, by, unit, role));
    }

    private static HazardEvent event(int seq, HazardStatus status, LocalDate date) {
        return new HazardEvent(seq, seq, status, date, "n", null, null, null, "pub", Instant.EPOCH, "h");
    }

    private static MajorHazard hazard(List<HazardEvent> history, LocalDate deadline) {
        return new MajorHazard(1, "HZ-1", null, "隐患", "示例", "91140525MA0DEM001P", null, null, TODAY.minusDays(30),
                deadline, FIVE, "pub", Instant.EPOCH, "h", history, false);
    }

    private static void assertKey(String key, Executable action) {
        assertEquals(key, assertThrows(ValidationException.class, action).messageKey());
    }
}
