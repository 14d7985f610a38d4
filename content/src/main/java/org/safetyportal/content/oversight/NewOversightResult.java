package org.safetyportal.content.oversight;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A 巡查/考核/督查 result as a publisher enters it. The inspected party is an area government
 * ({@code inspectedAreaCode}) or a department ({@code inspectedDepartmentId}), exactly one. Grade and
 * score belong to assessments only; the rectification requirements and their deadline go together.
 * {@code publishedElsewhereOn}, optional, is the department's claim of an earlier publication
 * elsewhere: the day of publication is the day this portal publishes.
 */
public record NewOversightResult(String resultCode, OversightKind kind, int conductingDepartmentId,
        String inspectedAreaCode, Integer inspectedDepartmentId, String documentNo, LocalDate periodStart,
        LocalDate periodEnd, Integer year, String findings, AssessmentGrade grade, BigDecimal score,
        String rectificationRequirements, LocalDate rectificationDeadline, LocalDate decisionDate,
        LocalDate publishedElsewhereOn) {
}
