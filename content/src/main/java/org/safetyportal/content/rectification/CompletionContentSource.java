package org.safetyportal.content.rectification;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.ledger.CanonicalJson;
import org.safetyportal.content.ledger.LedgerChain;
import org.safetyportal.content.ledger.PublishedContentSource;
import org.safetyportal.content.ledger.StoredPublication;

/** The completion of a problem's rectification as the ledger sees it. */
@Singleton
class CompletionContentSource implements PublishedContentSource {

    static final String PREFIX = "rectification-completion:";

    private final ProblemRepository repository;

    CompletionContentSource(ProblemRepository repository) {
        this.repository = repository;
    }

    @Override
    public String subjectPrefix() {
        return PREFIX;
    }

    @Override
    public Optional<String> canonicalContent(String subject) {
        return idOf(subject).flatMap(repository::completionForLedger)
                .map(c -> canonical(c.problemCode(), c.date(), c.note(), c.recordedBy()));
    }

    static String canonical(String problemCode, LocalDate date, String note, String recordedBy) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("problemCode", problemCode);
        content.put("completedOn", date.toString());
        content.put("note", note);
        content.put("recordedBy", recordedBy);
        return CanonicalJson.write(content);
    }

    @Override
    public List<StoredPublication> storedPublications(LedgerChain chain) {
        return repository.storedCompletions();
    }
}
