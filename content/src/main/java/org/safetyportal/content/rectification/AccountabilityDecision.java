package org.safetyportal.content.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.safetyportal.content.organization.Department;

/** One entry of the 追责问责清单 as published. */
public record AccountabilityDecision(int id, String decisionCode, Department department, String heldUnit, String heldPost,
        AccountabilityMeasure measure, String reason, String decidedBy, LocalDate decisionDate, String problemCode,
        String hazardCode, String recordedBy, Instant recordedAt, String contentHash) {

    public Optional<String> problem() {
        return Optional.ofNullable(problemCode);
    }

    public Optional<String> hazard() {
        return Optional.ofNullable(hazardCode);
    }

    /** The name this entry has in the publication ledger. */
    public String ledgerSubject() {
        return AccountabilityContentSource.PREFIX + id;
    }
}
