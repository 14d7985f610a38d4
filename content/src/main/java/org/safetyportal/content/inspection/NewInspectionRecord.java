package org.safetyportal.content.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An inspection result as a publisher enters it. Violation, measures, decision number, fine and
 * rectification deadline may be empty (an inspection that found nothing to correct).
 * {@code publishedElsewhereOn} is optional: the day the department says it published the result
 * elsewhere (its own site, a notice board), shown as its claim; the portal's own publication day is
 * the day it publishes.
 */
public record NewInspectionRecord(String recordCode, InspectionKind kind, int departmentId, String enterpriseName,
        String creditCode, String areaCode, String sectorCode, LocalDate inspectionDate, String findings,
        String violationBasis, String violationDescription, String measures, String decisionNo, BigDecimal fineAmount,
        LocalDate rectificationDeadline, RectificationStatus rectificationStatus, LocalDate decisionDate,
        LocalDate publishedElsewhereOn) {
}
