package org.safetyportal.content.oversight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.safetyportal.content.ValidationException;

/**
 * The rules a 巡查/考核/督查 result and its rectification report must meet that need nothing but the
 * input itself and today's date. The inspected party is checked by the register against the
 * directory, between {@link #checkIdentity} and {@link #checkContent}, so the first fault is reported as before.
 */
final class OversightRules {

    static final int MAX_CODE = 64;
    static final int MAX_TEXT = 4000;
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final BigDecimal MAX_SCORE = new BigDecimal("100");

    private OversightRules() {
    }

    /** Result code (fit for an address) and kind. */
    static void checkIdentity(NewOversightResult r) {
        if (r.resultCode() == null || r.resultCode().length() > MAX_CODE) {
            throw new ValidationException("oversight.code.required", MAX_CODE);
        }
        if (!CODE.matcher(r.resultCode()).matches()) {
            throw new ValidationException("oversight.code.invalid", r.resultCode());
        }
        if (r.kind() == null) {
            throw new ValidationException("oversight.kind.required");
        }
    }

    /** Document number, period and year, findings, grade and score, dates (none later than today) and rectification. */
    static void checkContent(NewOversightResult r, LocalDate today) {
        if (r.documentNo() != null && r.documentNo().length() > MAX_CODE) {
            throw new ValidationException("oversight.text.tooLong", MAX_CODE);
        }
        if (r.periodStart() == null || r.periodEnd() == null) {
            throw new ValidationException("oversight.period.required");
        }
        if (r.periodEnd().isBefore(r.periodStart())) {
            throw new ValidationException("oversight.period.order");
        }
        int earliestYear = r.periodStart().getYear() - 1;
        int latestYear = r.periodEnd().getYear();
        if (r.year() == null || r.year() < earliestYear || r.year() > latestYear) {
            throw new ValidationException("oversight.year.invalid", earliestYear, latestYear);
        }
        if (r.findings() == null) {
            throw new ValidationException("oversight.findings.required");
        }
        for (String text : new String[] {r.findings(), r.rectificationRequirements()}) {
            if (text != null && text.length() > MAX_TEXT) {
                throw new ValidationException("oversight.text.tooLong", MAX_TEXT);
            }
        }
        checkGrade(r);
        checkDates(r, today);
    }

    private static void checkGrade(NewOversightResult r) {
        if (r.kind() == OversightKind.ASSESSMENT) {
            if (r.grade() == null) {
                throw new ValidationException("oversight.grade.required");
            }
        } else if (r.grade() != null || r.score() != null) {
            throw new ValidationException("oversight.grade.onlyAssessment");
        }
        BigDecimal score = r.score();
        if (score != null && (score.signum() < 0 || score.compareTo(MAX_SCORE) > 0
                || score.stripTrailingZeros().scale() > 2)) {
            throw new ValidationException("oversight.score.invalid");
        }
    }

    private static void checkDates(NewOversightResult r, LocalDate today) {
        if (r.decisionDate() == null) {
            throw new ValidationException("oversight.date.required");
        }
        LocalDate elsewhere = r.publishedElsewhereOn();
        if (r.decisionDate().isBefore(r.periodEnd()) || elsewhere != null && elsewhere.isBefore(r.decisionDate())) {
            throw new ValidationException("oversight.date.order");
        }
        if (r.decisionDate().isAfter(today) || elsewhere != null && elsewhere.isAfter(today)) {
            throw new ValidationException("oversight.date.future");
        }
        if ((r.rectificationRequirements() == null) != (r.rectificationDeadline() == null)) {
            throw new ValidationException("oversight.rectification.deadline");
        }
        if (r.rectificationDeadline() != null && r.rectificationDeadline().isBefore(r.decisionDate())) {
            throw new ValidationException("oversight.rectification.deadlineOrder");
        }
    }

    /** A rectification report on a result that asked for one, dated after the decision, published by today. */
    static void checkReport(NewRectificationReport report, OversightResult result, LocalDate today) {
        if (!result.requiresRectification()) {
            throw new ValidationException("oversight.report.notRequired", result.resultCode());
        }
        if (report.summary() == null) {
            throw new ValidationException("oversight.report.summaryRequired");
        }
        if (report.summary().length() > MAX_TEXT) {
            throw new ValidationException("oversight.text.tooLong", MAX_TEXT);
        }
        if (report.reportDate() == null || report.publicationDate() == null) {
            throw new ValidationException("oversight.report.dateRequired");
        }
        if (report.reportDate().isBefore(result.decisionDate()) || report.publicationDate().isBefore(report.reportDate())) {
            throw new ValidationException("oversight.report.dateOrder");
        }
        if (report.publicationDate().isAfter(today)) {
            throw new ValidationException("oversight.date.future");
        }
    }

    /** Blank texts become null, texts are stripped, the score has two decimals. */
    static NewOversightResult normalized(NewOversightResult r) {
        return new NewOversightResult(text(r.resultCode()), r.kind(), r.conductingDepartmentId(),
                text(r.inspectedAreaCode()), r.inspectedDepartmentId(), text(r.documentNo()), r.periodStart(),
                r.periodEnd(), r.year(), text(r.findings()), r.grade(),
                r.score() == null ? null : r.score().setScale(Math.max(2, r.score().scale())),
                text(r.rectificationRequirements()), r.rectificationDeadline(), r.decisionDate(), r.publishedElsewhereOn());
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
