package org.safetyportal.content.ledger;

import java.time.Instant;

/**
 * One publication event. {@code entryHash} covers every other field, {@code previousHash} is the
 * entry hash before it (64 zeros for the first), so the entries form a chain.
 */
public record LedgerEntry(long seq, Instant occurredAt, String eventType, String subject, String contentHash,
        String previousHash, String entryHash) {

    public static final String GENESIS_HASH = "0".repeat(64);

    /** The hash this entry must have, recomputed from its fields. */
    public static String hashOf(long seq, Instant occurredAt, String eventType, String subject, String contentHash,
            String previousHash) {
        return Sha256.of(seq + "\n" + occurredAt + "\n" + eventType + "\n" + subject + "\n" + contentHash + "\n" + previousHash);
    }

    public boolean isIntact() {
        return entryHash.equals(hashOf(seq, occurredAt, eventType, subject, contentHash, previousHash));
    }
}
