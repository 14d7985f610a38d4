package org.safetyportal.content.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a search found: the hits of the kind asked for (or of every kind), and how many there are of
 * each kind (in the kinds' order), so a visitor can narrow the results down.
 */
public record SearchResults(String query, Optional<SearchKind> kind, long total, List<SearchHit> hits,
        Map<SearchKind, Long> totalsByKind) {

    public SearchResults {
        hits = List.copyOf(hits);
        totalsByKind = Collections.unmodifiableMap(new LinkedHashMap<>(totalsByKind));
    }

    /** Hits of all kinds together. */
    public long totalOfAllKinds() {
        return totalsByKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
