package org.safetyportal.content.lists;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.ledger.CanonicalJson;
import org.safetyportal.content.ledger.PublishedContentSource;

/** A published list version as the ledger sees it: its identity, its decision and all its items. */
@Singleton
class ListContentSource implements PublishedContentSource {

    static final String PREFIX = "list-version:";

    private final ListRepository repository;

    ListContentSource(ListRepository repository) {
        this.repository = repository;
    }

    @Override
    public String subjectPrefix() {
        return PREFIX;
    }

    @Override
    public Optional<String> canonicalContent(String subject) {
        return idOf(subject).flatMap(repository::version).filter(v -> v.status().isPublic()).map(this::canonical);
    }

    String canonical(ListVersion version) {
        return CanonicalJson.write(content(version));
    }

    /** What is hashed: the version's identity and decision, and every item's fields. */
    Map<String, Object> content(ListVersion version) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("department", version.department().code());
        content.put("listType", version.type().name());
        content.put("year", version.year());
        content.put("versionNo", version.versionNo());
        content.put("effectiveDate", version.effectiveDate() == null ? null : version.effectiveDate().toString());
        content.put("changeReason", version.changeReason() == null ? null : version.changeReason().name());
        content.put("items", repository.items(version.id()).stream().map(ListItem::fields).toList());
        return content;
    }
}
