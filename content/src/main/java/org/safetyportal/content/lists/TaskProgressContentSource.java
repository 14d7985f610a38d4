package org.safetyportal.content.lists;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.ledger.CanonicalJson;
import org.safetyportal.content.ledger.LedgerChain;
import org.safetyportal.content.ledger.PublishedContentSource;
import org.safetyportal.content.ledger.StoredPublication;

/** A published progress update as the ledger sees it: the task it is about and everything it says. */
@Singleton
class TaskProgressContentSource implements PublishedContentSource {

    static final String PREFIX = "task-progress:";

    private final RepealAndProgressRepository events;
    private final ListRepository lists;

    TaskProgressContentSource(RepealAndProgressRepository events, ListRepository lists) {
        this.events = events;
        this.lists = lists;
    }

    @Override
    public String subjectPrefix() {
        return PREFIX;
    }

    @Override
    public Optional<String> canonicalContent(String subject) {
        return idOf(subject).flatMap(events::progress)
                .flatMap(p -> lists.version(p.versionId()).map(v -> canonical(v, p)));
    }

    @Override
    public List<StoredPublication> storedPublications(LedgerChain chain) {
        return events.storedProgress();
    }

    static String canonical(ListVersion version, TaskProgress progress) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("version", version.ledgerSubject());
        content.put("department", version.department().code());
        content.put("year", version.year());
        content.put("itemCode", progress.itemCode());
        content.put("taskStatus", progress.status().name());
        content.put("progress", progress.progress());
        content.put("reportedOn", progress.reportedOn().toString());
        content.put("publishedBy", progress.publishedBy());
        content.put("publishedAt", progress.publishedAt().toString());
        return CanonicalJson.write(content);
    }
}
