package org.safetyportal.content.oversight;

import java.time.Instant;
import java.time.LocalDate;

/** A published rectification report; its own ledger entry, never changed. */
public record RectificationReport(int id, int resultId, LocalDate reportDate, String summary,
        LocalDate publicationDate, String filedBy, Instant filedAt, String contentHash) {

    /** The name this report has in the publication ledger. */
    public String ledgerSubject() {
        return RectificationReportContentSource.PREFIX + id;
    }
}
