package org.safetyportal.content.inspection;

import java.time.Instant;
import java.time.LocalDate;

/** A published change of an inspection result's rectification status, e.g. rectified on a date. Never changed. */
public record RectificationEvent(int id, int recordId, int eventNo, RectificationStatus status, LocalDate statusDate,
        String note, String recordedBy, Instant recordedAt, String contentHash) {

    /** The name this event has in the publication ledger. */
    public String ledgerSubject() {
        return RectificationEventContentSource.PREFIX + id;
    }
}
