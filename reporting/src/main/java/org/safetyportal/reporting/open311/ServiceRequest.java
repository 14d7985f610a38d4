package org.safetyportal.reporting.open311;

import java.time.Instant;
import java.time.LocalDate;
import org.safetyportal.content.LocalizedName;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.Sector;
import org.safetyportal.reporting.publiccases.PublicCase;
import org.safetyportal.reporting.publiccases.PublicCaseStep;

/**
 * A published case as an Open311 GeoReport v2 service request: only what its public page shows. The
 * address is the township and county, never the reporter's words or coordinates; {@code statusNotes} is the
 * newest public note; {@code expected} the date the case waits for (acceptance or closure) while open.
 */
public record ServiceRequest(String id, boolean open, String status, String outcome, String statusNotes, Sector sector,
        Department agency, Instant requested, Instant updated, LocalDate expected, LocalizedName county,
        LocalizedName township) {

    static ServiceRequest of(PublicCase c) {
        String notes = null;
        for (PublicCaseStep step : c.steps()) {
            if (step.publicNote() != null && !step.publicNote().isBlank()) {
                notes = step.publicNote();
            }
        }
        return new ServiceRequest(c.number(), c.open(), c.status(), c.outcome(), notes, c.sector(), c.department(),
                c.receivedAt(), c.updatedAt(), c.dueOf().map(due -> due.date()).orElse(null), c.area().name(),
                c.townshipOf().map(t -> t.name()).orElse(null));
    }
}
