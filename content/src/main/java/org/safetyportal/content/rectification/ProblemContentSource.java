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

/** An entry of the 问题整改清单 as the ledger sees it: every field the public can read, the links included. */
@Singleton
class ProblemContentSource implements PublishedContentSource {

    static final String PREFIX = "rectification-problem:";

    private final ProblemRepository repository;

    ProblemContentSource(ProblemRepository repository) {
        this.repository = repository;
    }

    @Override
    public String subjectPrefix() {
        return PREFIX;
    }

    @Override
    public Optional<String> canonicalContent(String subject) {
        return idOf(subject).flatMap(repository::problemForLedger)
                .map(p -> canonical(p.problem(), p.departmentCode(), p.recordedBy()));
    }

    static String canonical(NewProblem p, String departmentCode, String recordedBy) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("problemCode", p.problemCode());
        content.put("department", departmentCode);
        content.put("source", p.source().name());
        content.put("campaign", p.campaign());
        content.put("inspectedParty", p.inspectedParty());
        content.put("area", p.areaCode());
        content.put("description", p.description());
        content.put("measures", p.measures());
        content.put("responsibleUnit", p.responsibleUnit());
        content.put("foundDate", text(p.foundDate()));
        content.put("deadline", text(p.deadline()));
        content.put("hazard", p.hazardCode());
        content.put("inspection", p.inspectionCode());
        content.put("oversight", p.oversightCode());
        content.put("recordedBy", recordedBy);
        return CanonicalJson.write(content);
    }

    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    @Override
    public List<StoredPublication> storedPublications(LedgerChain chain) {
        return repository.storedProblems();
    }
}
