package org.safetyportal.portal.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.search.PublicSearch;
import org.safetyportal.content.search.SearchHit;
import org.safetyportal.content.search.SearchKind;
import org.safetyportal.content.search.SearchResults;

/** The portal's search as open data; the HTML fields mark matches with {@code <mark>} in escaped text. */
@Controller("/api/v1/search")
class SearchController {

    private final PublicSearch search;

    SearchController(PublicSearch search) {
        this.search = search;
    }

    /** {@code category} is the message key of the hit's type within its kind, e.g. {@code lists.type.POWER}. */
    @Serdeable
    record HitJson(String kind, String key, @Nullable String department, @Nullable String category, String code,
            String titleHtml, String snippetHtml, String path) {
        static HitJson of(SearchHit hit) {
            return new HitJson(hit.kind().name(), hit.key(),
                    hit.department() == null ? null : hit.department().code(),
                    hit.category() == null ? null : hit.category().key(), hit.code(), hit.titleHtml(),
                    hit.snippetHtml(), hit.kind().permalink(hit.key()));
        }
    }

    @Serdeable
    record ResultsJson(String query, @Nullable String kind, long total, Map<String, Long> totalsByKind,
            List<HitJson> hits) {
    }

    @Get
    ResultsJson search(@QueryValue(defaultValue = "") String q, @Nullable @QueryValue String kind) {
        Optional<SearchKind> ofKind = Optional.ofNullable(kind).map(name -> search.kind(name)
                .orElseThrow(() -> new ValidationException("api.parameter.invalid", "kind")));
        SearchResults results = search.search(q, ofKind);
        Map<String, Long> totals = new LinkedHashMap<>();
        results.totalsByKind().forEach((each, count) -> totals.put(each.name(), count));
        return new ResultsJson(results.query(), kind, results.total(), totals,
                results.hits().stream().map(HitJson::of).toList());
    }
}
