package org.safetyportal.content.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;

/**
 * One entry of the 问题整改清单 as published, with its completion once recorded. {@code overdue} was
 * computed when it was read: the deadline has passed and the rectification is not complete.
 */
public record RectificationProblem(int id, String problemCode, Department department, ProblemSource source,
        String campaign, String inspectedParty, Area area, String description, String measures, String responsibleUnit,
        LocalDate foundDate, LocalDate deadline, String hazardCode, String inspectionCode, String oversightCode,
        String recordedBy, Instant recordedAt, String contentHash, ProblemCompletion completionRow, boolean overdue) {

    public ProblemStatus status() {
        return completionRow == null ? ProblemStatus.RECTIFYING : ProblemStatus.RECTIFIED;
    }

    public Optional<ProblemCompletion> completion() {
        return Optional.ofNullable(completionRow);
    }

    public Optional<String> hazard() {
        return Optional.ofNullable(hazardCode);
    }

    public Optional<String> inspection() {
        return Optional.ofNullable(inspectionCode);
    }

    public Optional<String> oversight() {
        return Optional.ofNullable(oversightCode);
    }

    /** The name this entry has in the publication ledger. */
    public String ledgerSubject() {
        return ProblemContentSource.PREFIX + id;
    }

    static boolean isOverdue(boolean completed, LocalDate deadline, LocalDate today) {
        return !completed && today.isAfter(deadline);
    }
}
