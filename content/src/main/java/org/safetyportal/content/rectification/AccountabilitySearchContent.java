package org.safetyportal.content.rectification;

import jakarta.inject.Singleton;
import java.util.List;
import org.safetyportal.content.search.SearchDocument;
import org.safetyportal.content.search.SearchKind;
import org.safetyportal.content.search.SearchableContent;
import org.safetyportal.i18n.Translatable;

/** Every decision of the 追责问责清单, found by the unit and post held to account, the reason and the authority. */
@Singleton
class AccountabilitySearchContent implements SearchableContent {

    static final SearchKind KIND = new SearchKind("ACCOUNTABILITY", 32, "/accountability/");

    private final AccountabilityRepository repository;

    AccountabilitySearchContent(AccountabilityRepository repository) {
        this.repository = repository;
    }

    @Override
    public SearchKind kind() {
        return KIND;
    }

    @Override
    public List<SearchDocument> documents() {
        return repository.search(AccountabilityFilter.all(), 0, Integer.MAX_VALUE).stream()
                .map(d -> new SearchDocument(KIND, d.decisionCode(), d.department(),
                        new Translatable("accountability.measure." + d.measure().name()), d.decisionCode(), d.heldUnit(),
                        SearchDocument.body(d.heldPost(), d.reason(), d.decidedBy(), d.problemCode(), d.hazardCode())))
                .toList();
    }
}
