package org.safetyportal.content.search;

import java.util.List;

public record SearchResults(String query, long total, List<SearchHit> hits) {

    public SearchResults {
        hits = List.copyOf(hits);
    }
}
