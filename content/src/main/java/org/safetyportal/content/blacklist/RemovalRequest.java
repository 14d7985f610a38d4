package org.safetyportal.content.blacklist;

import java.time.Instant;
import java.time.LocalDate;

/** A publisher's request to remove an entry early, awaiting (or after) a reviewer's decision. */
public record RemovalRequest(int id, BlacklistEntry entry, String reason, LocalDate removalDate, Status status,
        String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt) {

    public enum Status {
        PENDING, APPROVED, REJECTED
    }
}
