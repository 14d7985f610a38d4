package org.safetyportal.content.lists;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The repeal of a list version in force: the department abolishes the list, or an annual task list
 * ends. Once published it is a publication event of its own, never changed again.
 */
public record ListRepeal(int id, ListVersion version, RepealStatus status, LocalDate repealedOn, String reason,
        String requestedBy, Instant requestedAt, String reviewedBy, Instant reviewedAt, String reviewComment) {

    /** The name this repeal has in the publication ledger. */
    public String ledgerSubject() {
        return ListRepealContentSource.PREFIX + id;
    }
}
