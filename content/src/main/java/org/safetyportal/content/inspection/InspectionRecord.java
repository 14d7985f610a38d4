package org.safetyportal.content.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.Sector;

/**
 * One published inspection result of one enterprise, as it reads now: the fields of its latest
 * correction where there is one ({@code correction}, else null), the rectification status of its
 * latest status event ({@code statusEvent}, else null) with OVERDUE derived from the deadline. The
 * record as first published is {@link InspectionHistory#original()}; {@code contentHash} and
 * {@code publishedAt} are always the first publication's.
 *
 * <p>{@code publicationDate} is the day this portal published the record (its ledger time, in the
 * city's calendar): the day it became public here. {@code publishedElsewhereOn} is what the
 * publishing department says about an earlier publication elsewhere, a claim the portal shows as
 * such and never counts. {@code publishedLate}: more than 20 working days from the decision to the
 * portal's publication ({@link PublicationTimeliness}).
 */
public record InspectionRecord(int id, String recordCode, InspectionKind kind, Department department,
        String enterpriseName, String creditCode, Area area, Sector sector, LocalDate inspectionDate, String findings,
        String violationBasis, String violationDescription, String measures, String decisionNo, BigDecimal fineAmount,
        LocalDate rectificationDeadline, RectificationStatus rectificationStatus, LocalDate decisionDate,
        LocalDate publicationDate, LocalDate publishedElsewhereOn, boolean publishedLate, String publishedBy,
        Instant publishedAt, String contentHash, InspectionCorrection correction, RectificationEvent statusEvent) {

    /** The name this record has in the publication ledger. */
    public String ledgerSubject() {
        return InspectionContentSource.PREFIX + id;
    }

    public boolean corrected() {
        return correction != null;
    }

    /** The date the rectification was completed, if a status event says so. */
    public LocalDate rectifiedOn() {
        return statusEvent != null && statusEvent.status() == RectificationStatus.RECTIFIED ? statusEvent.statusDate() : null;
    }
}
