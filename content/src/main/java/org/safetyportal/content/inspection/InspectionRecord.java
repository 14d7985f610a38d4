package org.safetyportal.content.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.Sector;

/** One published inspection result of one enterprise. */
public record InspectionRecord(int id, String recordCode, InspectionKind kind, Department department,
        String enterpriseName, String creditCode, Area area, Sector sector, LocalDate inspectionDate, String findings,
        String violationBasis, String violationDescription, String measures, String decisionNo, BigDecimal fineAmount,
        LocalDate rectificationDeadline, RectificationStatus rectificationStatus, LocalDate decisionDate,
        LocalDate publicationDate, String publishedBy, Instant publishedAt, String contentHash) {

    /** Made public more than 20 working days after the decision (see {@link PublicationTimeliness}). */
    public boolean publishedLate() {
        return PublicationTimeliness.isLate(decisionDate, publicationDate);
    }

    /** The name this record has in the publication ledger. */
    public String ledgerSubject() {
        return InspectionContentSource.PREFIX + id;
    }
}
