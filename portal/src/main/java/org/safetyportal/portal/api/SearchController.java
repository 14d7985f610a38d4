package org.safetyportal.portal.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.safetyportal.content.search.PublicSearch;
import org.safetyportal.content.search.SearchHit;
import org.safetyportal.content.search.SearchResults;

/** The portal's search as open data; the HTML fields mark matches with {@code <mark>} in escaped text. */
@Controller("/api/v1/search")
class SearchController {

    private final PublicSearch search;

    SearchController(PublicSearch search) {
        this.search = search;
    }

    @Serdeable
    record HitJson(int versionId, String department, String listType, String itemCode, String titleHtml, String snippetHtml) {
        static HitJson of(SearchHit hit) {
            return new HitJson(hit.versionId(), hit.department().code(), hit.listType().name(), hit.itemCode(),
                    hit.titleHtml(), hit.snippetHtml());
        }
    }

    @Serdeable
    record ResultsJson(String query, long total, List<HitJson> hits) {
    }

    @Get
    ResultsJson search(@QueryValue(defaultValue = "") String q) {
        SearchResults results = search.search(q);
        return new ResultsJson(results.query(), results.total(), results.hits().stream().map(HitJson::of).toList());
    }
}
