package org.safetyportal.reporting.publiccases;

import java.time.Instant;
import java.time.LocalDate;
import org.safetyportal.content.organization.Department;
import org.safetyportal.reporting.cases.CaseEventContentSource;

/** A public step of a case as the ledger recorded it: never the internal note, never the member of staff. */
public record PublicCaseStep(int eventId, int eventNo, String action, String status, Department department,
        String outcome, LocalDate deadline, String publicNote, Instant at) {

    /** The ledger's subject of this step, where a reader verifies it. */
    public String ledgerSubject() {
        return CaseEventContentSource.PREFIX + eventId;
    }
}
