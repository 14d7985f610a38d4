package org.safetyportal.content.ledger;

import java.util.Optional;

/**
 * A kind of published content that the ledger can check: given a ledger subject it owns (by
 * prefix, e.g. {@code list-version:}), it rebuilds the canonical content from what is stored now.
 */
public interface PublishedContentSource {

    String subjectPrefix();

    Optional<String> canonicalContent(String subject);

    /** The numeric id in a subject of this source ({@code list-version:42} → 42), if it has one. */
    default Optional<Integer> idOf(String subject) {
        if (subject == null || !subject.startsWith(subjectPrefix())) {
            return Optional.empty();
        }
        String id = subject.substring(subjectPrefix().length());
        return id.matches("\\d{1,9}") ? Optional.of(Integer.parseInt(id)) : Optional.empty();
    }
}
