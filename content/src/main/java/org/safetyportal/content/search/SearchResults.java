package org.safetyportal.content.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a search found: the hits of the kind asked for (or of every kind), and how many there are of
 * each kind, so a visitor can narrow the results down.
 */
public record SearchResults(String query, Optional<SearchKind> kind, long total, List<SearchHit> hits,
        Map<SearchKind, Long> totalsByKind) {

    public SearchResults {
        hits = List.copyOf(hits);
        EnumMap<SearchKind, Long> totals = new EnumMap<>(SearchKind.class);
        totals.putAll(totalsByKind);
        totalsByKind = Collections.unmodifiableMap(totals);
    }

    /** Hits of all kinds together. */
    public long totalOfAllKinds() {
        return totalsByKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
