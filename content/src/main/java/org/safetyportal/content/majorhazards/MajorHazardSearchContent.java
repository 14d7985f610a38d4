package org.safetyportal.content.majorhazards;

import jakarta.inject.Singleton;
import java.util.List;
import org.safetyportal.content.search.SearchDocument;
import org.safetyportal.content.search.SearchKind;
import org.safetyportal.content.search.SearchableContent;
import org.safetyportal.i18n.Translatable;

/** Every listed major hazard, found by the enterprise, its credit code, the hazard and the 五落实. */
@Singleton
class MajorHazardSearchContent implements SearchableContent {

    static final SearchKind KIND = new SearchKind("MAJOR_HAZARD", 30, "/hazards/");

    private final MajorHazardRepository repository;

    MajorHazardSearchContent(MajorHazardRepository repository) {
        this.repository = repository;
    }

    @Override
    public SearchKind kind() {
        return KIND;
    }

    @Override
    public List<SearchDocument> documents() {
        return repository.search(HazardFilter.all(), 0, Integer.MAX_VALUE).stream()
                .map(h -> {
                    FiveImplementations five = h.fiveImplementations();
                    // Status steps are publications too, so the index (and this status) is rebuilt after each.
                    return new SearchDocument(KIND, h.registerCode(), h.department(),
                            new Translatable("hazards.status." + h.status().name()), h.registerCode(),
                            h.enterpriseName(), SearchDocument.body(h.description(), h.creditCode(),
                                    h.area().name().zh(), h.sector().name().zh(), five.measures(),
                                    five.responsibility(), five.funds(), five.timeLimit(), five.contingencyPlan()));
                })
                .toList();
    }
}
