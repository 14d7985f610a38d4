package org.safetyportal.content.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.safetyportal.content.ValidationException;

/**
 * The rules an inspection result must meet that need nothing but the input itself and today's date.
 * Department, county and sector are checked by the register against the directory, between
 * {@link #checkIdentity} and {@link #checkContent}, so that the first fault is reported as before.
 */
final class InspectionRules {

    static final int MAX_CODE = 64;
    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 4000;
    /** DECIMAL(12,2): up to 9 999 999 999.99 yuan. */
    private static final BigDecimal MAX_FINE = new BigDecimal("9999999999.99");

    private InspectionRules() {
    }

    /** Blank texts become null, texts are stripped, the credit code is upper-cased, the fine has two decimals. */
    static NewInspectionRecord normalized(NewInspectionRecord r) {
        return new NewInspectionRecord(text(r.recordCode()), r.kind(), r.departmentId(), text(r.enterpriseName()),
                r.creditCode() == null ? null : r.creditCode().strip().toUpperCase(Locale.ROOT), text(r.areaCode()),
                text(r.sectorCode()), r.inspectionDate(), text(r.findings()), text(r.violationBasis()),
                text(r.violationDescription()), text(r.measures()), text(r.decisionNo()),
                r.fineAmount() == null ? null : r.fineAmount().setScale(Math.max(2, r.fineAmount().scale())),
                r.rectificationDeadline(), r.rectificationStatus(), r.decisionDate(), r.publishedElsewhereOn());
    }

    /** Record number, kind, enterprise and its credit code. */
    static void checkIdentity(NewInspectionRecord r) {
        if (r.recordCode() == null || r.recordCode().length() > MAX_CODE) {
            throw new ValidationException("inspections.recordCode.required", MAX_CODE);
        }
        if (r.kind() == null) {
            throw new ValidationException("inspections.kind.required");
        }
        if (r.enterpriseName() == null || r.enterpriseName().length() > MAX_NAME) {
            throw new ValidationException("inspections.enterprise.required", MAX_NAME);
        }
        if (!CreditCode.isValid(r.creditCode())) {
            throw new ValidationException("inspections.creditCode.invalid", String.valueOf(r.creditCode()));
        }
    }

    /** Findings and texts, fine, dates (none later than today) and the rectification asked for. */
    static void checkContent(NewInspectionRecord r, LocalDate today) {
        if (r.findings() == null) {
            throw new ValidationException("inspections.findings.required");
        }
        for (String text : new String[] {r.findings(), r.violationBasis(), r.violationDescription(), r.measures()}) {
            if (text != null && text.length() > MAX_TEXT) {
                throw new ValidationException("inspections.text.tooLong", MAX_TEXT);
            }
        }
        if (r.decisionNo() != null && r.decisionNo().length() > MAX_CODE) {
            throw new ValidationException("inspections.text.tooLong", MAX_CODE);
        }
        checkFine(r.fineAmount());
        checkDates(r, today);
        if (r.rectificationStatus() == null) {
            throw new ValidationException("inspections.rectification.required");
        }
        if (r.rectificationStatus().needsDeadline() != (r.rectificationDeadline() != null)) {
            throw new ValidationException("inspections.rectification.deadline");
        }
    }

    /** What a first publication needs besides: a record number fit for an address, a status that is not derived. */
    static void checkNewRecord(NewInspectionRecord r) {
        if (!r.recordCode().matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new ValidationException("inspections.recordCode.pattern");
        }
        if (!r.rectificationStatus().isPublishable()) {
            throw new ValidationException("inspections.rectification.overdueDerived");
        }
    }

    private static void checkFine(BigDecimal fine) {
        if (fine == null) {
            return;
        }
        if (fine.signum() < 0 || fine.compareTo(MAX_FINE) > 0 || fine.stripTrailingZeros().scale() > 2) {
            throw new ValidationException("inspections.fine.invalid");
        }
    }

    /** A date of publication elsewhere is optional; the portal's own publication day is never typed. */
    private static void checkDates(NewInspectionRecord r, LocalDate today) {
        if (r.inspectionDate() == null || r.decisionDate() == null) {
            throw new ValidationException("inspections.dates.required");
        }
        LocalDate elsewhere = r.publishedElsewhereOn();
        if (r.decisionDate().isBefore(r.inspectionDate()) || elsewhere != null && elsewhere.isBefore(r.decisionDate())) {
            throw new ValidationException("inspections.dates.order");
        }
        if (r.decisionDate().isAfter(today) || elsewhere != null && elsewhere.isAfter(today)) {
            throw new ValidationException("inspections.dates.future");
        }
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
