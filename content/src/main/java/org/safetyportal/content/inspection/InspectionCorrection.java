package org.safetyportal.content.inspection;

import java.time.Instant;

/**
 * A published correction of an inspection result: every correctable field as it should read, why,
 * who published it and when. Never changed; a later correction supersedes it.
 */
public record InspectionCorrection(int id, int recordId, int correctionNo, InspectionFacts facts, String reason,
        String correctedBy, Instant correctedAt, String contentHash) {

    /** The name this correction has in the publication ledger. */
    public String ledgerSubject() {
        return InspectionCorrectionContentSource.PREFIX + id;
    }
}
