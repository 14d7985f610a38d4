package org.safetyportal.content.blacklist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.Sector;

/**
 * One published listing on the work-safety dishonesty blacklist, with its early removal if there
 * is one ({@code removal} is null otherwise). Status and history depend on the day asked about.
 */
public record BlacklistEntry(int id, Department department, String enterpriseName, String creditCode,
        String responsiblePerson, Area area, Sector sector, String conduct, String legalBasis, String decisionNo,
        LocalDate listingDate, LocalDate expiryDate, String objectionContact, String objectionPhone,
        String objectionChannel, String listedBy, Instant listedAt, String contentHash, BlacklistRemoval removal) {

    public BlacklistStatus status(LocalDate today) {
        if (removal != null) {
            return BlacklistStatus.REMOVED;
        }
        return BlacklistTerm.hasExpired(expiryDate, today) ? BlacklistStatus.EXPIRED : BlacklistStatus.CURRENT;
    }

    /** What has happened to the entry by {@code today}, oldest first; an expiry only once its day has come. */
    public List<BlacklistEvent> history(LocalDate today) {
        List<BlacklistEvent> events = new ArrayList<>();
        events.add(new BlacklistEvent(BlacklistEvent.Kind.LISTED, listingDate, this));
        if (removal != null) {
            events.add(new BlacklistEvent(BlacklistEvent.Kind.REMOVED, removal.removalDate(), this));
        } else if (BlacklistTerm.hasExpired(expiryDate, today)) {
            events.add(new BlacklistEvent(BlacklistEvent.Kind.EXPIRED, expiryDate, this));
        }
        return List.copyOf(events);
    }

    /** The name this listing has in the publication ledger. */
    public String ledgerSubject() {
        return BlacklistContentSource.PREFIX + id;
    }
}
