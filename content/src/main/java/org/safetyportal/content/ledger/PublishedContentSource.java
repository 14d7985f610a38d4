package org.safetyportal.content.ledger;

import java.util.Optional;

/**
 * A kind of published content that the ledger can check: given a ledger subject it owns (by
 * prefix, e.g. {@code list-version:}), it rebuilds the canonical content from what is stored now.
 */
public interface PublishedContentSource {

    String subjectPrefix();

    Optional<String> canonicalContent(String subject);
}
