package org.safetyportal.content.oversight;

import jakarta.inject.Singleton;
import java.util.List;
import org.safetyportal.content.search.SearchDocument;
import org.safetyportal.content.search.SearchKind;
import org.safetyportal.content.search.SearchableContent;
import org.safetyportal.i18n.Translatable;

/** Every 巡查/考核/督查 result, found by the government or department inspected, the findings and the rectification. */
@Singleton
class OversightSearchContent implements SearchableContent {

    static final SearchKind KIND = new SearchKind("OVERSIGHT", 50, "/oversight/");

    private final OversightRepository repository;

    OversightSearchContent(OversightRepository repository) {
        this.repository = repository;
    }

    @Override
    public SearchKind kind() {
        return KIND;
    }

    @Override
    public List<SearchDocument> documents() {
        return repository.search(OversightFilter.all(), 0, Integer.MAX_VALUE).stream()
                .map(r -> {
                    InspectedParty party = r.inspectedParty();
                    String partyName = party.name().zh();
                    return new SearchDocument(KIND, r.resultCode(), r.conductingDepartment(),
                            new Translatable("oversight.kind." + r.kind().name()), r.resultCode(), partyName,
                            SearchDocument.body(r.documentNo(), r.findings(), r.rectificationRequirements(),
                                    r.rectificationReport().map(RectificationReport::summary).orElse(null)));
                })
                .toList();
    }
}
