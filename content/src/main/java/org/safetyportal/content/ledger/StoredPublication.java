package org.safetyportal.content.ledger;

import java.time.Instant;

/**
 * One publication as the feature's own rows record it, read as stored (codes not interpreted), for the
 * verifier to hold against the chain: the content hash the row keeps, the time it says it was published,
 * and, where a row carries a state that later publications change (a list version in force, superseded
 * or repealed), that state beside the one the chain gives it. A field a table does not have is null.
 * {@code rowsAsPublished} is false when the source finds its rows in a shape publishing never writes
 * (e.g. list items numbered otherwise than publishing numbers them).
 */
public record StoredPublication(String subject, String storedContentHash, Instant publishedAt, String state,
        String stateByChain, boolean rowsAsPublished) {

    public static StoredPublication of(String subject, String storedContentHash, Instant publishedAt) {
        return new StoredPublication(subject, storedContentHash, publishedAt, null, null, true);
    }
}
