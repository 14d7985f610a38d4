package org.safetyportal.content.oversight;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.ledger.CanonicalJson;
import org.safetyportal.content.ledger.LedgerChain;
import org.safetyportal.content.ledger.PublishedContentSource;
import org.safetyportal.content.ledger.StoredPublication;

/** A published oversight result as the ledger sees it: every field of the result the public can read. */
@Singleton
class OversightContentSource implements PublishedContentSource {

    static final String PREFIX = "oversight:";

    private final OversightRepository repository;

    OversightContentSource(OversightRepository repository) {
        this.repository = repository;
    }

    @Override
    public String subjectPrefix() {
        return PREFIX;
    }

    @Override
    public Optional<String> canonicalContent(String subject) {
        return idOf(subject).flatMap(repository::result).map(r -> canonical(r.resultCode(), r.kind(),
                r.conductingDepartment().code(), r.inspectedParty().isGovernment() ? r.inspectedParty().area().code() : null,
                r.inspectedParty().isGovernment() ? null : r.inspectedParty().department().code(), r.documentNo(),
                r.periodStart(), r.periodEnd(), r.year(), r.findings(), r.grade(), r.score(),
                r.rectificationRequirements(), r.rectificationDeadline(), r.decisionDate(), r.publishedElsewhereOn(),
                r.publishedBy()));
    }

    static String canonical(String resultCode, OversightKind kind, String conductingDepartmentCode,
            String inspectedAreaCode, String inspectedDepartmentCode, String documentNo, LocalDate periodStart,
            LocalDate periodEnd, int year, String findings, AssessmentGrade grade, BigDecimal score,
            String rectificationRequirements, LocalDate rectificationDeadline, LocalDate decisionDate,
            LocalDate publishedElsewhereOn, String publishedBy) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("resultCode", resultCode);
        content.put("kind", kind.name());
        content.put("conductingDepartment", conductingDepartmentCode);
        content.put("inspectedArea", inspectedAreaCode);
        content.put("inspectedDepartment", inspectedDepartmentCode);
        content.put("documentNo", documentNo);
        content.put("periodStart", text(periodStart));
        content.put("periodEnd", text(periodEnd));
        content.put("year", year);
        content.put("findings", findings);
        content.put("grade", grade == null ? null : grade.name());
        // Scale 2 always, so 92.5 and 92.50 hash the same whichever way the database hands them back.
        content.put("score", score == null ? null : score.setScale(2).toPlainString());
        content.put("rectificationRequirements", rectificationRequirements);
        content.put("rectificationDeadline", text(rectificationDeadline));
        content.put("decisionDate", text(decisionDate));
        // Under its first name, so that entries already in the ledger still verify: the field holds only
        // the department's claim of an earlier publication elsewhere (may be null).
        content.put("publicationDate", text(publishedElsewhereOn));
        content.put("publishedBy", publishedBy);
        return CanonicalJson.write(content);
    }

    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    @Override
    public List<StoredPublication> storedPublications(LedgerChain chain) {
        return repository.storedResults();
    }
}
