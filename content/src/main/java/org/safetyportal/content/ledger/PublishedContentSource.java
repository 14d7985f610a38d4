package org.safetyportal.content.ledger;

import java.util.List;
import java.util.Optional;

/**
 * A kind of published content that the ledger can check: given a ledger subject it owns (by
 * prefix, e.g. {@code list-version:}), it rebuilds the canonical content from what is stored now.
 */
public interface PublishedContentSource {

    String subjectPrefix();

    Optional<String> canonicalContent(String subject);

    /**
     * The content in the forms earlier releases hashed it, for entries written before the form grew.
     * An entry matches one of them only if it was written in that form: a later entry's hash covers
     * the fuller form, which no earlier form can reproduce.
     */
    default List<String> earlierCanonicalContent(String subject) {
        return List.of();
    }

    /**
     * Every publication this source stores now: each row that claims to be published, and each row the
     * chain names, whatever it claims. Read without interpreting codes, so that an unreadable row is
     * still listed (its content check names it).
     */
    default List<StoredPublication> storedPublications(LedgerChain chain) {
        return List.of();
    }

    /** The numeric id in a subject of this source ({@code list-version:42} → 42), if it has one. */
    default Optional<Integer> idOf(String subject) {
        if (subject == null || !subject.startsWith(subjectPrefix())) {
            return Optional.empty();
        }
        String id = subject.substring(subjectPrefix().length());
        return id.matches("\\d{1,9}") ? Optional.of(Integer.parseInt(id)) : Optional.empty();
    }
}
