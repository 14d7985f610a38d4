package org.safetyportal.content.oversight;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.safetyportal.content.ValidationException;

class OversightRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static NewOversightResult result(String code, OversightKind kind, Integer year, AssessmentGrade grade,
            String score, String requirements, LocalDate deadline, LocalDate decided, LocalDate published) {
        return OversightRules.normalized(new NewOversightResult(code, kind, 1, "ZZ", null, " 晋安委办〔2026〕1号 ",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), year, " 隐患排查治理不到位 ", grade,
                score == null ? null : new BigDecimal(score), requirements, deadline, decided, published));
    }

    private static NewOversightResult inspection(LocalDate decided, LocalDate published) {
        return result("DC-1", OversightKind.SUPERVISION, 2026, null, null, null, null, decided, published);
    }

    @Test
    void aCompleteResultPasses_andIsNormalized() {
        NewOversightResult r = result(" DC-1 ", OversightKind.ASSESSMENT, 2026, AssessmentGrade.values()[0], "92.5",
                " 限期整改 ", LocalDate.of(2026, 9, 30), LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 15));
        assertDoesNotThrow(() -> OversightRules.checkIdentity(r));
        assertDoesNotThrow(() -> OversightRules.checkContent(r, TODAY));
        assertEquals("DC-1", r.resultCode());
        assertEquals("限期整改", r.rectificationRequirements());
        assertEquals(new BigDecimal("92.50"), r.score());
        assertNull(OversightRules.text("  "));
    }

    @Test
    void aCode_isGivenAndFitForAnAddress() {
        assertKey("oversight.code.required", () -> OversightRules.checkIdentity(
                result(" ", OversightKind.SUPERVISION, 2026, null, null, null, null, null, null)));
        assertKey("oversight.code.invalid", () -> OversightRules.checkIdentity(
                result("DC/1", OversightKind.SUPERVISION, 2026, null, null, null, null, null, null)));
    }

    @Test
    void gradesAndScores_belongToAssessmentsOnly_andScoresAreAtMostAHundred() {
        assertKey("oversight.grade.required", () -> OversightRules.checkContent(result("DC-1", OversightKind.ASSESSMENT,
                2026, null, null, null, null, LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 15)), TODAY));
        assertKey("oversight.grade.onlyAssessment", () -> OversightRules.checkContent(result("DC-1",
                OversightKind.SUPERVISION, 2026, null, "80", null, null, LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 15)), TODAY));
        assertKey("oversight.score.invalid", () -> OversightRules.checkContent(result("DC-1", OversightKind.ASSESSMENT,
                2026, AssessmentGrade.values()[0], "100.5", null, null, LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 15)), TODAY));
    }

    @Test
    void theYear_fitsThePeriod() {
        assertKey("oversight.year.invalid", () -> OversightRules.checkContent(result("DC-1", OversightKind.SUPERVISION,
                2027, null, null, null, null, LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 15)), TODAY));
    }

    @Test
    void dates_decisionAfterThePeriod_publicationElsewhereAfterTheDecision_notInTheFuture() {
        assertKey("oversight.date.required", () -> OversightRules.checkContent(inspection(null, null), TODAY));
        OversightRules.checkContent(inspection(LocalDate.of(2026, 7, 10), null), TODAY);
        assertKey("oversight.date.future", () -> OversightRules.checkContent(inspection(TODAY.plusDays(1), null), TODAY));
        assertKey("oversight.date.order", () -> OversightRules.checkContent(
                inspection(LocalDate.of(2026, 6, 29), LocalDate.of(2026, 7, 15)), TODAY));
        assertKey("oversight.date.order", () -> OversightRules.checkContent(
                inspection(LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 9)), TODAY));
        assertKey("oversight.date.future", () -> OversightRules.checkContent(
                inspection(LocalDate.of(2026, 7, 10), TODAY.plusDays(1)), TODAY));
    }

    @Test
    void rectification_hasRequirementsAndADeadlineTogether_theDeadlineAfterTheDecision() {
        assertKey("oversight.rectification.deadline", () -> OversightRules.checkContent(result("DC-1",
                OversightKind.SUPERVISION, 2026, null, null, "限期整改", null, LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 15)), TODAY));
        assertKey("oversight.rectification.deadlineOrder", () -> OversightRules.checkContent(result("DC-1",
                OversightKind.SUPERVISION, 2026, null, null, "限期整改", LocalDate.of(2026, 7, 9), LocalDate.of(2026, 7, 10),
                LocalDate.of(2026, 7, 15)), TODAY));
    }

    private static void assertKey(String key, Executable action) {
        assertEquals(key, assertThrows(ValidationException.class, action).messageKey());
    }
}
