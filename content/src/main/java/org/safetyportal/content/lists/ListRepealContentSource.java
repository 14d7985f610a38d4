package org.safetyportal.content.lists;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.ledger.CanonicalJson;
import org.safetyportal.content.ledger.PublishedContentSource;

/** A published repeal as the ledger sees it: which version it ends, from when, why, and who decided. */
@Singleton
class ListRepealContentSource implements PublishedContentSource {

    static final String PREFIX = "list-repeal:";

    private final ListEventRepository repository;

    ListRepealContentSource(ListEventRepository repository) {
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
