package org.safetyportal.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;

/** The columns of a new case event. */
public record EventInsert(int reportId, int eventNo, String action, String statusAfter, String departmentCode,
        String outcome, LocalDate deadline, String publicNote, String internalNote, boolean isPublic, String actor,
        Instant occurredAt, String contentHash) {
}
