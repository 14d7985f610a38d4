package org.safetyportal.reporting.tracking;

import java.time.Instant;
import java.time.LocalDate;
import org.safetyportal.content.organization.Department;

/** A step of a case as the reporter sees it: no internal note, no member of staff. */
public record PublicStep(int eventNo, String action, String status, Department department, String outcome,
        LocalDate deadline, String publicNote, Instant at) {
}
