package org.safetyportal.content.rectification;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.ledger.CanonicalJson;
import org.safetyportal.content.ledger.LedgerChain;
import org.safetyportal.content.ledger.PublishedContentSource;
import org.safetyportal.content.ledger.StoredPublication;

/** An entry of the 追责问责清单 as the ledger sees it: every field the public can read. */
@Singleton
class AccountabilityContentSource implements PublishedContentSource {

    static final String PREFIX = "accountability:";

    private final AccountabilityRepository repository;

    AccountabilityContentSource(AccountabilityRepository repository) {
        this.repository = repository;
    }

    @Override
    public String subjectPrefix() {
        return PREFIX;
    }

    @Override
    public Optional<String> canonicalContent(String subject) {
        return idOf(subject).flatMap(repository::decisionForLedger)
                .map(d -> canonical(d.decision(), d.departmentCode(), d.recordedBy()));
    }

    static String canonical(NewAccountability a, String departmentCode, String recordedBy) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("decisionCode", a.decisionCode());
        content.put("department", departmentCode);
        content.put("heldUnit", a.heldUnit());
        content.put("heldPost", a.heldPost());
        content.put("measure", a.measure().name());
        content.put("reason", a.reason());
        content.put("decidedBy", a.decidedBy());
        content.put("decisionDate", a.decisionDate().toString());
        content.put("problem", a.problemCode());
        content.put("hazard", a.hazardCode());
        content.put("recordedBy", recordedBy);
        return CanonicalJson.write(content);
    }

    @Override
    public List<StoredPublication> storedPublications(LedgerChain chain) {
        return repository.storedDecisions();
    }
}
