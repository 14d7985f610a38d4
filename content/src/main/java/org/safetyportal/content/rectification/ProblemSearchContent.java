package org.safetyportal.content.rectification;

import jakarta.inject.Singleton;
import java.util.List;
import org.safetyportal.content.search.SearchDocument;
import org.safetyportal.content.search.SearchKind;
import org.safetyportal.content.search.SearchableContent;
import org.safetyportal.i18n.Translatable;

/** Every problem of the 问题整改清单, found by the inspected party, the problem, the measures and the campaign. */
@Singleton
class ProblemSearchContent implements SearchableContent {

    static final SearchKind KIND = new SearchKind("RECTIFICATION_PROBLEM", 31, "/rectification/");

    private final ProblemRepository repository;

    ProblemSearchContent(ProblemRepository repository) {
        this.repository = repository;
    }

    @Override
    public SearchKind kind() {
        return KIND;
    }

    @Override
    public List<SearchDocument> documents() {
        // A completion is a publication too, so the index (and this status) is rebuilt after it.
        return repository.search(ProblemFilter.all(), 0, Integer.MAX_VALUE).stream()
                .map(p -> new SearchDocument(KIND, p.problemCode(), p.department(),
                        new Translatable("rectification.status." + p.status().name()), p.problemCode(), p.inspectedParty(),
                        SearchDocument.body(p.description(), p.measures(), p.responsibleUnit(), p.campaign(),
                                p.area().name().zh(), p.hazardCode())))
                .toList();
    }
}
