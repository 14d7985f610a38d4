package org.safetyportal.content.lists;

import java.time.Instant;
import java.time.LocalDate;

/** One published progress update of an annual key task: its status and what was done, as of a date. */
public record TaskProgress(int id, int versionId, String itemCode, TaskStatus status, String progress,
        LocalDate reportedOn, String publishedBy, Instant publishedAt) {

    /** The name this update has in the publication ledger. */
    public String ledgerSubject() {
        return TaskProgressContentSource.PREFIX + id;
    }
}
