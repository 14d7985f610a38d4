package org.safetyportal.content.majorhazards;

import java.time.Instant;
import java.time.LocalDate;

/** One published step in a hazard's history; {@code seq} counts from 1 per hazard. */
public record HazardEvent(int id, int seq, HazardStatus status, LocalDate date, String note, String signedOffBy,
        String signedOffUnit, SignerRole signerRole, String recordedBy, Instant recordedAt, String contentHash) {

    /** The name this event has in the publication ledger. */
    public String ledgerSubject() {
        return HazardEventContentSource.PREFIX + id;
    }
}
