package org.safetyportal.content.blacklist;

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

/** A published listing as the ledger sees it: every field of the listing the public can read. */
@Singleton
class BlacklistContentSource implements PublishedContentSource {

    static final String PREFIX = "blacklist:";

    private final BlacklistRepository repository;

    BlacklistContentSource(BlacklistRepository repository) {
        this.repository = repository;
    }

    @Override
    public String subjectPrefix() {
        return PREFIX;
    }

    @Override
    public Optional<String> canonicalContent(String subject) {
        return idOf(subject).flatMap(repository::entry).map(e -> canonical(e.department().code(), e.enterpriseName(),
                e.creditCode(), e.responsiblePerson(), e.area().code(), e.sector().code(), e.conduct(), e.legalBasis(),
                e.decisionNo(), e.listingDate(), e.expiryDate(), e.objectionContact(), e.objectionPhone(),
                e.objectionChannel(), e.listedBy()));
    }

    static String canonical(String departmentCode, String enterpriseName, String creditCode, String responsiblePerson,
            String areaCode, String sectorCode, String conduct, String legalBasis, String decisionNo,
            LocalDate listingDate, LocalDate expiryDate, String objectionContact, String objectionPhone,
            String objectionChannel, String listedBy) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("department", departmentCode);
        content.put("enterpriseName", enterpriseName);
        content.put("creditCode", creditCode);
        content.put("responsiblePerson", responsiblePerson);
        content.put("area", areaCode);
        content.put("sector", sectorCode);
        content.put("conduct", conduct);
        content.put("legalBasis", legalBasis);
        content.put("decisionNo", decisionNo);
        content.put("listingDate", listingDate.toString());
        content.put("expiryDate", expiryDate.toString());
        content.put("objectionContact", objectionContact);
        content.put("objectionPhone", objectionPhone);
        content.put("objectionChannel", objectionChannel);
        content.put("listedBy", listedBy);
        return CanonicalJson.write(content);
    }

    @Override
    public List<StoredPublication> storedPublications(LedgerChain chain) {
        return repository.storedEntries();
    }
}
