package org.safetyportal.content.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entries of a verified chain, in order, with a look-up by subject: what a content source derives
 * the state of its rows from (which list version superseded which, which one a repeal ended).
 */
public final class LedgerChain {

    private final List<LedgerEntry> entries;
    private final Map<String, LedgerEntry> bySubject = new HashMap<>();

    LedgerChain(List<LedgerEntry> entries) {
        this.entries = List.copyOf(entries);
        for (LedgerEntry entry : entries) {
            bySubject.putIfAbsent(entry.subject(), entry);
        }
    }

    /** Oldest first. */
    public List<LedgerEntry> entries() {
        return entries;
    }

    public Optional<LedgerEntry> entryFor(String subject) {
        return Optional.ofNullable(bySubject.get(subject));
    }

    public boolean contains(String subject) {
        return bySubject.containsKey(subject);
    }
}
