package org.safetyportal.content.lists;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.ledger.CanonicalJson;
import org.safetyportal.content.ledger.LedgerChain;
import org.safetyportal.content.ledger.PublishedContentSource;
import org.safetyportal.content.ledger.StoredPublication;

/** A published repeal as the ledger sees it: which version it ends, from when, why, and who decided. */
@Singleton
class ListRepealContentSource implements PublishedContentSource {

    static final String PREFIX = "list-repeal:";

    private final RepealAndProgressRepository repository;

    ListRepealContentSource(RepealAndProgressRepository repository) {
        this.repository = repository;
    }

    @Override
    public String subjectPrefix() {
        return PREFIX;
    }

    @Override
    public Optional<String> canonicalContent(String subject) {
        return idOf(subject).flatMap(repository::repeal).filter(r -> r.status() == RepealStatus.PUBLISHED)
                .map(ListRepealContentSource::canonical);
    }

    /** Every repeal that claims to be published or that the chain names, its status beside the chain's. */
    @Override
    public List<StoredPublication> storedPublications(LedgerChain chain) {
        List<StoredPublication> stored = new ArrayList<>();
        for (RepealAndProgressRepository.StoredRepeal repeal : repository.storedRepeals()) {
            String subject = PREFIX + repeal.id();
            if (RepealStatus.PUBLISHED.name().equals(repeal.status()) || chain.contains(subject)) {
                stored.add(new StoredPublication(subject, null, repeal.reviewedAt(), repeal.status(),
                        chain.contains(subject) ? RepealStatus.PUBLISHED.name() : ListContentSource.UNPUBLISHED, true));
            }
        }
        return stored;
    }

    static String canonical(ListRepeal repeal) {
        ListVersion version = repeal.version();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("repeals", version.ledgerSubject());
        content.put("department", version.department().code());
        content.put("listType", version.type().name());
        content.put("year", version.year());
        content.put("versionNo", version.versionNo());
        content.put("repealedOn", repeal.repealedOn().toString());
        content.put("reason", repeal.reason());
        content.put("requestedBy", repeal.requestedBy());
        content.put("approvedBy", repeal.reviewedBy());
        return CanonicalJson.write(content);
    }
}
