package org.safetyportal.content.inspection;

import java.time.Instant;

/**
 * One publication about an inspection result, for feeds: the record itself, a correction or a
 * status change, with its ledger subject and content hash. {@code detail} is the correction's
 * reason or the new status's code (null for a new record).
 */
public record InspectionEvent(Type type, String ledgerSubject, String recordCode, String enterpriseName,
        Instant publishedAt, String contentHash, String detail) {

    public enum Type {
        PUBLISHED,
        CORRECTED,
        STATUS_CHANGED
    }
}
