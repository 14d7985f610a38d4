package org.safetyportal.content.blacklist;

import java.time.Instant;
import java.time.LocalDate;

/** A published early removal (信用修复) of one entry: why, from which day, who asked and who approved. */
public record BlacklistRemoval(int id, int entryId, String reason, LocalDate removalDate, String requestedBy,
        String approvedBy, Instant approvedAt, String contentHash) {

    /** The name this removal has in the publication ledger. */
    public String ledgerSubject() {
        return BlacklistRemovalContentSource.PREFIX + id;
    }
}
