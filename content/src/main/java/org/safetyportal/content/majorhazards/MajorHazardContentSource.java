package org.safetyportal.content.majorhazards;

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

/** A listing of a major hazard as the ledger sees it: every field of the listing the public can read. */
@Singleton
class MajorHazardContentSource implements PublishedContentSource {

    static final String PREFIX = "major-hazard:";

    private final MajorHazardRepository repository;

    MajorHazardContentSource(MajorHazardRepository repository) {
        this.repository = repository;
    }

    @Override
    public String subjectPrefix() {
        return PREFIX;
    }

    @Override
    public Optional<String> canonicalContent(String subject) {
        return idOf(subject).flatMap(repository::listing).map(l -> canonical(l.hazard(), l.departmentCode(),
                l.areaCode(), l.listedBy()));
    }

    static String canonical(NewMajorHazard h, String departmentCode, String areaCode, String listedBy) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("registerCode", h.registerCode());
        content.put("department", departmentCode);
        content.put("description", h.description());
        content.put("enterpriseName", h.enterpriseName());
        content.put("creditCode", h.creditCode());
        content.put("area", areaCode);
        content.put("sector", h.sectorCode());
        content.put("listingDate", text(h.listingDate()));
        content.put("deadline", text(h.deadline()));
        FiveImplementations five = h.fiveImplementations();
        content.put("measures", five.measures());
        content.put("responsibility", five.responsibility());
        content.put("funds", five.funds());
        content.put("timeLimit", five.timeLimit());
        content.put("contingencyPlan", five.contingencyPlan());
        content.put("listedBy", listedBy);
        return CanonicalJson.write(content);
    }

    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    @Override
    public List<StoredPublication> storedPublications(LedgerChain chain) {
        return repository.storedListings();
    }
}
