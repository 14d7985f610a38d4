package org.safetyportal.content.ledger;

import java.util.Set;

/**
 * The ledger event types a read model is made from. A model kept per head of its family is recomputed only
 * when an entry of one of those types is appended: the lists that route hazard reports are not read again
 * because a report's first step moved the ledger. {@link #ALL} is every type, for models that read a bit of
 * everything.
 */
public record LedgerFamily(Set<String> eventTypes) {

    public static final LedgerFamily ALL = new LedgerFamily(Set.of());

    public LedgerFamily {
        eventTypes = Set.copyOf(eventTypes);
    }

    public static LedgerFamily of(String... eventTypes) {
        if (eventTypes.length == 0) {
            throw new IllegalArgumentException("a family names at least one event type; ALL is every type");
        }
        return new LedgerFamily(Set.of(eventTypes));
    }

    public boolean isAll() {
        return eventTypes.isEmpty();
    }
}
