package org.safetyportal.content.inspection;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.safetyportal.content.ValidationException;

class InspectionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final LocalDate INSPECTED = LocalDate.of(2026, 11, 2);

    private static NewInspectionRecord record(String code, String creditCode, BigDecimal fine, RectificationStatus status,
            LocalDate deadline, LocalDate decided, LocalDate elsewhere) {
        return InspectionRules.normalized(new NewInspectionRecord(code, InspectionKind.ENFORCEMENT, 1, " 泽州县示例煤业有限公司 ",
                creditCode, "ZZ", "COAL_MINE", INSPECTED, " 未按规定开展隐患排查 ", " ", null, "责令限期整改", "泽应急罚〔2026〕1号",
                fine, deadline, status, decided, elsewhere));
    }

    private static NewInspectionRecord good() {
        return record(" ZZ-1 ", "91140525ma0dem001p", new BigDecimal("500"), RectificationStatus.PENDING,
                INSPECTED.plusDays(30), INSPECTED.plusDays(3), null);
    }

    @Test
    void aCompleteRecordPasses_andIsNormalized() {
        NewInspectionRecord r = good();
        assertDoesNotThrow(() -> InspectionRules.checkIdentity(r));
        assertDoesNotThrow(() -> InspectionRules.checkContent(r, TODAY));
        assertDoesNotThrow(() -> InspectionRules.checkNewRecord(r));
        assertEquals("ZZ-1", r.recordCode());
        assertEquals("泽州县示例煤业有限公司", r.enterpriseName());
        assertEquals("91140525MA0DEM001P", r.creditCode());
        assertNull(r.violationBasis(), "a blank text is no text");
        assertEquals(new BigDecimal("500.00"), r.fineAmount());
    }

    @Test
    void identity_refusesAMissingCodeAndAnInvalidCreditCode() {
        assertKey("inspections.recordCode.required", () -> InspectionRules.checkIdentity(record(" ", "91140525MA0DEM001P",
                null, RectificationStatus.NOT_REQUIRED, null, INSPECTED, null)));
        assertKey("inspections.creditCode.invalid", () -> InspectionRules.checkIdentity(record("ZZ-1", "91140525MA0DEM001Q",
                null, RectificationStatus.NOT_REQUIRED, null, INSPECTED, null)));
    }

    @Test
    void fines_areNotNegative_haveAtMostTwoDecimals_andFitTheColumn() {
        for (String fine : new String[] {"-1", "1.005", "10000000000"}) {
            assertKey("inspections.fine.invalid", () -> InspectionRules.checkContent(record("ZZ-1", "91140525MA0DEM001P",
                    new BigDecimal(fine), RectificationStatus.PENDING, INSPECTED.plusDays(30), INSPECTED, null), TODAY));
        }
    }

    @Test
    void dates_decisionAfterInspection_publicationElsewhereAfterDecision_noneInTheFuture() {
        assertKey("inspections.dates.required", () -> InspectionRules.checkContent(record("ZZ-1", "91140525MA0DEM001P",
                null, RectificationStatus.NOT_REQUIRED, null, null, null), TODAY));
        assertKey("inspections.dates.order", () -> InspectionRules.checkContent(record("ZZ-1", "91140525MA0DEM001P",
                null, RectificationStatus.NOT_REQUIRED, null, INSPECTED.minusDays(1), null), TODAY));
        assertKey("inspections.dates.order", () -> InspectionRules.checkContent(record("ZZ-1", "91140525MA0DEM001P",
                null, RectificationStatus.NOT_REQUIRED, null, INSPECTED.plusDays(3), INSPECTED.plusDays(2)), TODAY));
        assertKey("inspections.dates.future", () -> InspectionRules.checkContent(record("ZZ-1", "91140525MA0DEM001P",
                null, RectificationStatus.NOT_REQUIRED, null, TODAY.plusDays(1), null), TODAY));
        assertKey("inspections.dates.future", () -> InspectionRules.checkContent(record("ZZ-1", "91140525MA0DEM001P",
                null, RectificationStatus.NOT_REQUIRED, null, INSPECTED, TODAY.plusDays(1)), TODAY));
        assertDoesNotThrow(() -> InspectionRules.checkContent(record("ZZ-1", "91140525MA0DEM001P",
                null, RectificationStatus.NOT_REQUIRED, null, INSPECTED, TODAY), TODAY));
    }

    @Test
    void aDeadline_isGivenExactlyWhenRectificationIsAskedFor() {
        assertKey("inspections.rectification.deadline", () -> InspectionRules.checkContent(record("ZZ-1", "91140525MA0DEM001P",
                null, RectificationStatus.PENDING, null, INSPECTED, null), TODAY));
        assertKey("inspections.rectification.deadline", () -> InspectionRules.checkContent(record("ZZ-1", "91140525MA0DEM001P",
                null, RectificationStatus.NOT_REQUIRED, INSPECTED.plusDays(30), INSPECTED, null), TODAY));
    }

    @Test
    void aNewRecord_hasACodeFitForAnAddress_andNoDerivedStatus() {
        assertKey("inspections.recordCode.pattern", () -> InspectionRules.checkNewRecord(record("ZZ/1", "91140525MA0DEM001P",
                null, RectificationStatus.NOT_REQUIRED, null, INSPECTED, null)));
        assertKey("inspections.rectification.overdueDerived", () -> InspectionRules.checkNewRecord(record("ZZ-1",
                "91140525MA0DEM001P", null, RectificationStatus.OVERDUE, INSPECTED.plusDays(1), INSPECTED, null)));
    }

    private static void assertKey(String key, Executable action) {
        assertEquals(key, assertThrows(ValidationException.class, action).messageKey());
    }
}
