package org.safetyportal.content.inspection;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.ledger.CanonicalJson;
import org.safetyportal.content.ledger.LedgerChain;
import org.safetyportal.content.ledger.PublishedContentSource;
import org.safetyportal.content.ledger.StoredPublication;

/** A published rectification-status change of an inspection result as the ledger sees it. */
@Singleton
class RectificationEventContentSource implements PublishedContentSource {

    static final String PREFIX = "inspection-status:";

    private final InspectionRepository repository;

    RectificationEventContentSource(InspectionRepository repository) {
        this.repository = repository;
    }

    @Override
    public String subjectPrefix() {
        return PREFIX;
    }

    @Override
    public Optional<String> canonicalContent(String subject) {
        return idOf(subject).flatMap(repository::statusEvent).map(e -> canonical(e.recordId(),
                repository.recordCode(e.recordId()), e.eventNo(), e.status(), e.statusDate(), e.note(), e.recordedBy(),
                e.recordedAt()));
    }

    static String canonical(int recordId, String recordCode, int eventNo, RectificationStatus status,
            LocalDate statusDate, String note, String recordedBy, Instant recordedAt) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("record", InspectionContentSource.PREFIX + recordId);
        content.put("recordCode", recordCode);
        content.put("eventNo", eventNo);
        content.put("status", status.name());
        content.put("statusDate", statusDate.toString());
        content.put("note", note);
        content.put("recordedBy", recordedBy);
        content.put("recordedAt", recordedAt.toString());
        return CanonicalJson.write(content);
    }

    @Override
    public List<StoredPublication> storedPublications(LedgerChain chain) {
        return repository.storedStatusEvents();
    }
}
