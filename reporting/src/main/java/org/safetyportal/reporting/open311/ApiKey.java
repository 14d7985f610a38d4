package org.safetyportal.reporting.open311;

import java.time.Instant;

/** An Open311 client's key as kept: who it was issued to and by whom, its last four characters, whether revoked. */
public record ApiKey(int id, String clientName, String hint, String issuedBy, Instant issuedAt, String revokedBy,
        Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
