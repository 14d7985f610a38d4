package org.safetyportal.content.oversight;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.safetyportal.content.organization.Department;

/**
 * One published 巡查/考核/督查 result, with the rectification report filed on it, if any.
 * {@code publicationDate} is the day this portal published the result (its ledger time, in the city's
 * calendar); {@code publishedElsewhereOn} is the department's claim of an earlier publication elsewhere,
 * shown as such and never counted. {@code publishedLate}: made public here more than 20 working days
 * after the decision, counted by the city's working calendar ({@link org.safetyportal.content.inspection.PublicationTimeliness}).
 */
public record OversightResult(int id, String resultCode, OversightKind kind, Department conductingDepartment,
        InspectedParty inspectedParty, String documentNo, LocalDate periodStart, LocalDate periodEnd, int year,
        String findings, AssessmentGrade grade, BigDecimal score, String rectificationRequirements,
        LocalDate rectificationDeadline, LocalDate decisionDate, LocalDate publicationDate, LocalDate publishedElsewhereOn,
        boolean publishedLate,
        String publishedBy, Instant publishedAt, String contentHash, RectificationReport report) {

    public boolean requiresRectification() {
        return rectificationRequirements != null;
    }

    public Optional<RectificationReport> rectificationReport() {
        return Optional.ofNullable(report);
    }

    /** Where the rectification stands on the given day. */
    public RectificationState rectificationState(LocalDate today) {
        if (!requiresRectification()) {
            return RectificationState.NOT_REQUIRED;
        }
        if (report != null) {
            return RectificationState.REPORTED;
        }
        return today.isAfter(rectificationDeadline) ? RectificationState.OVERDUE : RectificationState.PENDING;
    }

    /** The report came in after the rectification deadline. */
    public boolean reportedLate() {
        return report != null && rectificationDeadline != null && report.reportDate().isAfter(rectificationDeadline);
    }

    /** The name this result has in the publication ledger. */
    public String ledgerSubject() {
        return OversightContentSource.PREFIX + id;
    }
}
