package org.safetyportal.content.ledger;

/**
 * The newest entry of the ledger as the head row records it: what feeds and exports carry, so that
 * anyone who keeps a copy can later ask whether today's chain still holds it
 * ({@link PublicationLedger#verifySince}).
 */
public record LedgerHead(long seq, String hash) {
}
