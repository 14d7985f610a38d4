package org.safetyportal.content.rectification;

import java.time.Instant;
import java.time.LocalDate;

/** The completion of a problem's rectification (整改完成), as recorded and published. */
public record ProblemCompletion(int id, LocalDate date, String note, String recordedBy, Instant recordedAt, String contentHash) {

    /** The name this completion has in the publication ledger. */
    public String ledgerSubject() {
        return CompletionContentSource.PREFIX + id;
    }
}
