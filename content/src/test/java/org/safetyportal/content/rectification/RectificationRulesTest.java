package org.safetyportal.content.rectification;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.safetyportal.content.ValidationException;
import org.safetyportal.i18n.Messages;

class RectificationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    static NewProblem problem(String description, LocalDate found, LocalDate deadline) {
        return RectificationRules.normalized(new NewProblem(" PR-1 ", 1, ProblemSource.SPECIAL_CAMPAIGN, "“百日攻坚”集中行动",
                "泽州县示例煤业有限公司", "ZZ", description, "限期封堵采空区", "泽州县示例煤业有限公司安全管理部", found, deadline,
                " ", null, ""));
    }

    static NewAccountability decision(String post, String problemCode, String hazardCode) {
        return RectificationRules.normalized(new NewAccountability(" AC-1 ", 1, "泽州县示例煤业有限公司", post,
                AccountabilityMeasure.INTERVIEW, "未按期完成整改", "泽州县安全生产委员会办公室", TODAY, problemCode, hazardCode));
    }

    @Test
    void aCompleteProblemPasses_andBlankLinksBecomeNone() {
        NewProblem p = problem("巷道积水", TODAY.minusDays(10), TODAY.plusDays(20));
        assertDoesNotThrow(() -> RectificationRules.checkProblem(p, TODAY));
        assertEquals("PR-1", p.problemCode());
        assertNull(p.hazardCode());
        assertNull(p.oversightCode());
    }

    @Test
    void aTextLongerThanTheLimit_isRefusedInWordsNamingTheLimit() {
        NewProblem p = problem("长".repeat(RectificationRules.MAX_TEXT + 1), TODAY, TODAY);
        ValidationException refused = assertThrows(ValidationException.class, () -> RectificationRules.checkProblem(p, TODAY));
        assertEquals("rectification.description.required", refused.messageKey());
        assertTrue(Messages.describe(Locale.ENGLISH, refused).contains("4000"), Messages.describe(Locale.ENGLISH, refused));
        assertTrue(Messages.describe(Locale.SIMPLIFIED_CHINESE, refused).contains("4000"));
    }

    @Test
    void datesMustBeKnown_notInTheFuture_andTheDeadlineNotBeforeTheFinding() {
        assertKey("rectification.date.required", () -> RectificationRules.checkProblem(problem("积水", null, TODAY), TODAY));
        assertKey("rectification.date.future", () -> RectificationRules.checkProblem(problem("积水", TODAY.plusDays(1), TODAY.plusDays(2)), TODAY));
        assertKey("rectification.deadline.beforeFound", () -> RectificationRules.checkProblem(problem("积水", TODAY, TODAY.minusDays(1)), TODAY));
        assertKey("rectification.description.required", () -> RectificationRules.checkProblem(problem("  ", TODAY, TODAY), TODAY));
    }

    @Test
    void aCompletionIsRecordedOnce_notBeforeTheFinding_withANote() {
        RectificationProblem open = stored(null);
        assertDoesNotThrow(() -> RectificationRules.checkCompletion(open, TODAY, "已封堵", TODAY));
        assertKey("rectification.completion.beforeFound", () -> RectificationRules.checkCompletion(open, TODAY.minusDays(30), "已封堵", TODAY));
        assertKey("rectification.date.future", () -> RectificationRules.checkCompletion(open, TODAY.plusDays(1), "已封堵", TODAY));
        assertKey("rectification.completion.noteRequired", () -> RectificationRules.checkCompletion(open, TODAY, null, TODAY));
        RectificationProblem done = stored(new ProblemCompletion(1, TODAY, "已封堵", "zz.publisher", null, "h"));
        assertKey("rectification.completion.already", () -> RectificationRules.checkCompletion(done, TODAY, "再次", TODAY));
    }

    @Test
    void aDecisionNamesAPost_andIsAboutAProblemOrAMajorHazard() {
        assertDoesNotThrow(() -> RectificationRules.checkAccountability(decision("安全生产分管负责人", "PR-1", null), TODAY));
        assertDoesNotThrow(() -> RectificationRules.checkAccountability(decision("安全生产分管负责人", null, "HZ-1"), TODAY));
        assertKey("accountability.link.required", () -> RectificationRules.checkAccountability(decision("矿长", " ", null), TODAY));
        assertKey("accountability.heldPost.required", () -> RectificationRules.checkAccountability(decision(" ", "PR-1", null), TODAY));
        assertKey("accountability.heldPost.required", () -> RectificationRules.checkAccountability(
                decision("岗".repeat(RectificationRules.MAX_POST + 1), "PR-1", null), TODAY));
    }

    @Test
    void overdueMeansPastTheDeadlineAndNotComplete() {
        assertTrue(RectificationProblem.isOverdue(false, TODAY.minusDays(1), TODAY));
        assertEquals(false, RectificationProblem.isOverdue(false, TODAY, TODAY));
        assertEquals(false, RectificationProblem.isOverdue(true, TODAY.minusDays(1), TODAY));
    }

    private static RectificationProblem stored(ProblemCompletion completion) {
        NewProblem p = problem("积水", TODAY.minusDays(10), TODAY.plusDays(10));
        return new RectificationProblem(1, p.problemCode(), null, p.source(), p.campaign(), p.inspectedParty(), null,
                p.description(), p.measures(), p.responsibleUnit(), p.foundDate(), p.deadline(), null, null, null,
                "zz.publisher", null, "h", completion, false);
    }

    private static void assertKey(String key, Executable action) {
        assertEquals(key, assertThrows(ValidationException.class, action).messageKey());
    }
}
