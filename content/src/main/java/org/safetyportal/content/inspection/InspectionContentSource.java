package org.safetyportal.content.inspection;

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

/** A published inspection record as the ledger sees it: every field the public can read. */
@Singleton
class InspectionContentSource implements PublishedContentSource {

    static final String PREFIX = "inspection:";

    private final InspectionRepository repository;

    InspectionContentSource(InspectionRepository repository) {
        this.repository = repository;
    }

    @Override
    public String subjectPrefix() {
        return PREFIX;
    }

    @Override
    public Optional<String> canonicalContent(String subject) {
        return idOf(subject).flatMap(repository::original).map(r -> canonical(r.recordCode(), r.kind(), r.department().code(),
                r.enterpriseName(), r.creditCode(), r.area().code(), r.sector().code(), r.inspectionDate(), r.findings(),
                r.violationBasis(), r.violationDescription(), r.measures(), r.decisionNo(), r.fineAmount(),
                r.rectificationDeadline(), r.rectificationStatus(), r.decisionDate(), r.publishedElsewhereOn(),
                r.publishedBy()));
    }

    static String canonical(String recordCode, InspectionKind kind, String departmentCode, String enterpriseName,
            String creditCode, String areaCode, String sectorCode, LocalDate inspectionDate, String findings,
            String violationBasis, String violationDescription, String measures, String decisionNo, BigDecimal fine,
            LocalDate rectificationDeadline, RectificationStatus rectificationStatus, LocalDate decisionDate,
            LocalDate publishedElsewhereOn, String publishedBy) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("recordCode", recordCode);
        content.put("kind", kind.name());
        content.put("department", departmentCode);
        content.put("enterpriseName", enterpriseName);
        content.put("creditCode", creditCode);
        content.put("area", areaCode);
        content.put("sector", sectorCode);
        content.put("inspectionDate", text(inspectionDate));
        content.put("findings", findings);
        content.put("violationBasis", violationBasis);
        content.put("violationDescription", violationDescription);
        content.put("measures", measures);
        content.put("decisionNo", decisionNo);
        // Scale 2 always, so 500 and 500.00 hash the same whichever way the database hands them back.
        content.put("fineAmount", fine == null ? null : fine.setScale(2).toPlainString());
        content.put("rectificationDeadline", text(rectificationDeadline));
        content.put("rectificationStatus", rectificationStatus.name());
        content.put("decisionDate", text(decisionDate));
        // Under its first name, so that entries already in the ledger still verify: since the portal
        // counts its own publication day, the field holds only the department's claim (may be null).
        content.put("publicationDate", text(publishedElsewhereOn));
        content.put("publishedBy", publishedBy);
        return CanonicalJson.write(content);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    @Override
    public List<StoredPublication> storedPublications(LedgerChain chain) {
        return repository.storedRecords();
    }
}
