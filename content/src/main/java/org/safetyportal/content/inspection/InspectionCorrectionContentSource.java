package org.safetyportal.content.inspection;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.ledger.CanonicalJson;
import org.safetyportal.content.ledger.LedgerChain;
import org.safetyportal.content.ledger.PublishedContentSource;
import org.safetyportal.content.ledger.StoredPublication;

/** A published correction of an inspection result as the ledger sees it. */
@Singleton
class InspectionCorrectionContentSource implements PublishedContentSource {

    static final String PREFIX = "inspection-correction:";

    private final InspectionRepository repository;

    InspectionCorrectionContentSource(InspectionRepository repository) {
        this.repository = repository;
    }

    @Override
    public String subjectPrefix() {
        return PREFIX;
    }

    @Override
    public Optional<String> canonicalContent(String subject) {
        return idOf(subject).flatMap(repository::correction).map(c -> canonical(c.recordId(),
                repository.recordCode(c.recordId()), c.correctionNo(), c.facts(), c.reason(), c.correctedBy(),
                c.correctedAt()));
    }

    static String canonical(int recordId, String recordCode, int correctionNo, InspectionFacts facts, String reason,
            String correctedBy, Instant correctedAt) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("corrects", InspectionContentSource.PREFIX + recordId);
        content.put("recordCode", recordCode);
        content.put("correctionNo", correctionNo);
        content.putAll(facts.fields());
        content.put("reason", reason);
        content.put("correctedBy", correctedBy);
        content.put("correctedAt", correctedAt.toString());
        return CanonicalJson.write(content);
    }

    @Override
    public List<StoredPublication> storedPublications(LedgerChain chain) {
        return repository.storedCorrections();
    }
}
