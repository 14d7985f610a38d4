package org.safetyportal.reporting.cases;

import java.time.Instant;
import java.time.LocalDate;
import org.safetyportal.content.organization.Department;

/**
 * One step of a case: the action, the status it left the case in, the department responsible after it,
 * and the notes. Public events are what the reporter sees and the ledger records; the internal note
 * never leaves the staff's pages.
 */
public record CaseEvent(int id, int reportId, int eventNo, String action, String statusAfter, Department department,
        String outcome, LocalDate deadline, String publicNote, String internalNote, boolean isPublic, String actor,
        Instant occurredAt, String contentHash) {
}
