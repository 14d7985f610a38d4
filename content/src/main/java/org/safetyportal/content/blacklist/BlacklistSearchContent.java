package org.safetyportal.content.blacklist;

import jakarta.inject.Singleton;
import java.util.List;
import org.safetyportal.content.search.SearchDocument;
import org.safetyportal.content.search.SearchKind;
import org.safetyportal.content.search.SearchableContent;

/**
 * Every blacklist entry, current or history (expired and removed entries stay public), found by the
 * enterprise, its credit code, the responsible person and the conduct. No status is given here: an
 * entry expires with the calendar, not with a publication, so the entry's page says where it stands.
 */
@Singleton
class BlacklistSearchContent implements SearchableContent {

    static final SearchKind KIND = new SearchKind("BLACKLIST", 40, "/blacklist/");

    private final BlacklistRepository repository;

    BlacklistSearchContent(BlacklistRepository repository) {
        this.repository = repository;
    }

    @Override
    public SearchKind kind() {
        return KIND;
    }

    @Override
    public List<SearchDocument> documents() {
        return repository.all().stream()
                .map(e -> new SearchDocument(KIND, Integer.toString(e.id()), e.department(), null,
                        e.decisionNo(), e.enterpriseName(), SearchDocument.body(e.creditCode(), e.responsiblePerson(),
                                e.area().name().zh(), e.sector().name().zh(), e.conduct(), e.legalBasis(),
                                e.removal() == null ? null : e.removal().reason())))
                .toList();
    }
}
