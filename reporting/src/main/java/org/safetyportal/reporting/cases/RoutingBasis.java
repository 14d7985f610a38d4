package org.safetyportal.reporting.cases;

/**
 * The published 责任清单 item that decided where a report went, as it stood at intake: the version's id,
 * number and content hash (its ledger entry) and the item's code. Later versions do not change it.
 */
public record RoutingBasis(int versionId, int versionNo, String itemCode, String contentHash) {
}
