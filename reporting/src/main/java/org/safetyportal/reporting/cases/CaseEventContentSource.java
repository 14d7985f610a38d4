package org.safetyportal.reporting.cases;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.ledger.CanonicalJson;
import org.safetyportal.content.ledger.LedgerChain;
import org.safetyportal.content.ledger.PublishedContentSource;
import org.safetyportal.content.ledger.StoredPublication;
import org.safetyportal.reporting.internal.ReportRepository;

/**
 * A public step of a hazard-report case as the ledger sees it: which case, which step, the status and
 * department after it, the outcome, deadline and public note, and for the first step the routing and
 * its basis. Never the reporter, the description, the place in detail or an internal note.
 */
@Singleton
public class CaseEventContentSource implements PublishedContentSource {

    public static final String PREFIX = "hazard-case-event:";
    public static final String CASE_PREFIX = "hazard-case:";

    private final ReportRepository repository;

    CaseEventContentSource(ReportRepository repository) {
        this.repository = repository;
    }

    @Override
    public String subjectPrefix() {
        return PREFIX;
    }

    @Override
    public Optional<String> canonicalContent(String subject) {
        return idOf(subject).flatMap(repository::event).filter(CaseEvent::isPublic)
                .flatMap(event -> repository.byId(event.reportId()).map(hazardCase -> canonical(hazardCase, event)));
    }

    static String canonical(HazardCase hazardCase, CaseEvent event) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("case", CASE_PREFIX + hazardCase.id());
        content.put("sector", hazardCase.sector().code());
        content.put("area", hazardCase.area().code());
        content.put("eventNo", event.eventNo());
        content.put("action", event.action());
        content.put("status", event.statusAfter());
        content.put("department", event.department().code());
        content.put("outcome", event.outcome());
        content.put("deadline", event.deadline() == null ? null : event.deadline().toString());
        content.put("publicNote", event.publicNote());
        if (event.eventNo() == 1) {
            content.put("routedBy", hazardCase.rule().name());
            content.put("basis", hazardCase.routingBasis().map(b -> Map.of("version", "list-version:" + b.versionId(),
                    "versionNo", b.versionNo(), "item", b.itemCode(), "contentHash", b.contentHash())).orElse(null));
        }
        content.put("by", event.actor());
        content.put("at", event.occurredAt().toString());
        return CanonicalJson.write(content);
    }

    @Override
    public List<StoredPublication> storedPublications(LedgerChain chain) {
        return repository.storedPublicEvents(PREFIX);
    }
}
