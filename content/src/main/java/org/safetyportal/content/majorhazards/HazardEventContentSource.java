package org.safetyportal.content.majorhazards;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.ledger.CanonicalJson;
import org.safetyportal.content.ledger.LedgerChain;
import org.safetyportal.content.ledger.PublishedContentSource;
import org.safetyportal.content.ledger.StoredPublication;

/** One step of a listed hazard as the ledger sees it, tied to the hazard by its register code. */
@Singleton
class HazardEventContentSource implements PublishedContentSource {

    static final String PREFIX = "major-hazard-event:";

    private final MajorHazardRepository repository;

    HazardEventContentSource(MajorHazardRepository repository) {
        this.repository = repository;
    }

    @Override
    public String subjectPrefix() {
        return PREFIX;
    }

    @Override
    public Optional<String> canonicalContent(String subject) {
        return idOf(subject).flatMap(repository::eventForLedger)
                .map(e -> canonical(e.registerCode(), e.seq(), e.change(), e.recordedBy()));
    }

    static String canonical(String registerCode, int seq, StatusChange change, String recordedBy) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("registerCode", registerCode);
        content.put("seq", seq);
        content.put("status", change.status().name());
        content.put("date", MajorHazardContentSource.text(change.date()));
        content.put("note", change.note());
        content.put("signedOffBy", change.signedOffBy());
        content.put("signedOffUnit", change.signedOffUnit());
        // Only where stated: closings published before the role was asked keep the content they were hashed with.
        if (change.signerRole() != null) {
            content.put("signerRole", change.signerRole().name());
        }
        content.put("recordedBy", recordedBy);
        return CanonicalJson.write(content);
    }

    @Override
    public List<StoredPublication> storedPublications(LedgerChain chain) {
        return repository.storedEvents();
    }
}
