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

/** A published early removal as the ledger sees it: which listing, why, from when, and the two people. */
@Singleton
class BlacklistRemovalContentSource implements PublishedContentSource {

    static final String PREFIX = "blacklist-removal:";

    private final BlacklistRepository repository;

    BlacklistRemovalContentSource(BlacklistRepository repository) {
        this.repository = repository;
    }

    @Override
    public String subjectPrefix() {
        return PREFIX;
    }

    @Override
    public Optional<String> canonicalContent(String subject) {
        return idOf(subject).flatMap(repository::removal).map(r -> canonical(r.entryId(), r.reason(), r.removalDate(),
                r.requestedBy(), r.approvedBy()));
    }

    static String canonical(int entryId, String reason, LocalDate removalDate, String requestedBy, String approvedBy) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("entry", BlacklistContentSource.PREFIX + entryId);
        content.put("reason", reason);
        content.put("removalDate", removalDate.toString());
        content.put("requestedBy", requestedBy);
        content.put("approvedBy", approvedBy);
        return CanonicalJson.write(content);
    }

    @Override
    public List<StoredPublication> storedPublications(LedgerChain chain) {
        return repository.storedRemovals();
    }
}
