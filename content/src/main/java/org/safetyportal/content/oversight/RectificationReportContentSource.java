package org.safetyportal.content.oversight;

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

/** A published rectification report as the ledger sees it, naming the result it reports on by its code. */
@Singleton
class RectificationReportContentSource implements PublishedContentSource {

    static final String PREFIX = "oversight-rectification:";

    private final OversightRepository repository;

    RectificationReportContentSource(OversightRepository repository) {
        this.repository = repository;
    }

    @Override
    public String subjectPrefix() {
        return PREFIX;
    }

    @Override
    public Optional<String> canonicalContent(String subject) {
        return idOf(subject).flatMap(repository::report).flatMap(report -> repository.result(report.resultId())
                .map(result -> canonical(result.resultCode(), report.reportDate(), report.summary(),
                        report.publicationDate(), report.filedBy())));
    }

    static String canonical(String resultCode, LocalDate reportDate, String summary, LocalDate publicationDate,
            String filedBy) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("resultCode", resultCode);
        content.put("reportDate", OversightContentSource.text(reportDate));
        content.put("summary", summary);
        content.put("publicationDate", OversightContentSource.text(publicationDate));
        content.put("filedBy", filedBy);
        return CanonicalJson.write(content);
    }

    @Override
    public List<StoredPublication> storedPublications(LedgerChain chain) {
        return repository.storedReports();
    }
}
