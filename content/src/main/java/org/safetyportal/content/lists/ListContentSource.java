package org.safetyportal.content.lists;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.ledger.CanonicalJson;
import org.safetyportal.content.ledger.LedgerChain;
import org.safetyportal.content.ledger.LedgerEntry;
import org.safetyportal.content.ledger.LedgerSealKey;
import org.safetyportal.content.ledger.PublishedContentSource;
import org.safetyportal.content.ledger.Sha256;
import org.safetyportal.content.ledger.StoredPublication;

/**
 * A published list version as the ledger sees it: its identity, its decision, who made it from which
 * version, and all its items in order. Whether a version is in force, superseded or
 * repealed is not content (it changes after publication): the verifier derives it from the chain,
 * where each publication of the same list supersedes the one before and a published repeal ends one.
 */
@Singleton
class ListContentSource implements PublishedContentSource {

    static final String PREFIX = "list-version:";
    static final String UNPUBLISHED = "UNPUBLISHED";

    private final ListRepository repository;
    private final RepealAndProgressRepository events;
    private final LedgerSealKey sealKey;

    ListContentSource(ListRepository repository, RepealAndProgressRepository events, LedgerSealKey sealKey) {
        this.repository = repository;
        this.events = events;
        this.sealKey = sealKey;
    }

    @Override
    public String subjectPrefix() {
        return PREFIX;
    }

    @Override
    public Optional<String> canonicalContent(String subject) {
        return idOf(subject).flatMap(repository::version).filter(v -> v.status().isPublic()).map(this::canonical);
    }

    @Override
    public List<String> earlierCanonicalContent(String subject) {
        return idOf(subject).flatMap(repository::version).filter(v -> v.status().isPublic())
                .map(v -> List.of(CanonicalJson.write(contentBefore2026_12(v)), CanonicalJson.write(contentNamingAccounts(v))))
                .orElse(List.of());
    }

    String canonical(ListVersion version) {
        return CanonicalJson.write(content(version));
    }

    /**
     * What is hashed: the version's identity and decision, from which version it was made, who drafted,
     * submitted and published it as labels ({@link MakerLabels}) with a seal of the real accounts, and every
     * item's fields in order. The stored sort numbers are not content: they are always
     * {@link ListRepository#ORDER_STEP}, twice that, ..., which the verifier checks.
     */
    Map<String, Object> content(ListVersion version) {
        Map<String, Object> content = contentBefore2026_12(version);
        MakerLabels labels = new MakerLabels();
        content.put("basedOn", version.basedOnId() == null ? null : PREFIX + version.basedOnId());
        content.put("draftedBy", labels.labelOf(version.draftedBy()));
        content.put("submittedBy", labels.labelOf(version.submittedBy()));
        content.put("publishedBy", labels.labelOf(version.reviewedBy()));
        content.put("makersSeal", sealKey.seal(String.join("\n", version.ledgerSubject(),
                String.valueOf(version.draftedBy()), String.valueOf(version.submittedBy()), String.valueOf(version.reviewedBy()))));
        return content;
    }

    /**
     * The content as it was hashed in early December 2026, naming the makers' accounts; entries written
     * then still verify against it, but it is never served (see {@link #publishedContent}).
     */
    private Map<String, Object> contentNamingAccounts(ListVersion version) {
        Map<String, Object> content = contentBefore2026_12(version);
        content.put("basedOn", version.basedOnId() == null ? null : PREFIX + version.basedOnId());
        content.put("draftedBy", version.draftedBy());
        content.put("submittedBy", version.submittedBy());
        content.put("publishedBy", version.reviewedBy());
        return content;
    }

    /**
     * The content as it was hashed until December 2026 (identity, decision and items, without makers
     * and basis); entries written then still verify against it.
     */
    private Map<String, Object> contentBefore2026_12(ListVersion version) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("department", version.department().code());
        content.put("listType", version.type().name());
        content.put("year", version.year());
        content.put("versionNo", version.versionNo());
        content.put("effectiveDate", version.effectiveDate() == null ? null : version.effectiveDate().toString());
        content.put("changeReason", version.changeReason() == null ? null : version.changeReason().name());
        content.put("items", repository.items(version.id()).stream().map(ListItem::fields).toList());
        return content;
    }

    /**
     * The content in the form its ledger entry hashed it (see {@link #earlierCanonicalContent}), except
     * that content which named the makers' accounts is served in today's form: a user name is never
     * public, even where that means the file no longer re-hashes to its early entry.
     */
    Map<String, Object> publishedContent(ListVersion version) {
        Map<String, Object> current = content(version);
        if (version.contentHash() == null || Sha256.of(CanonicalJson.write(current)).equals(version.contentHash())) {
            return current;
        }
        Map<String, Object> earlier = contentBefore2026_12(version);
        return Sha256.of(CanonicalJson.write(earlier)).equals(version.contentHash()) ? earlier : current;
    }

    /**
     * Every version that claims to be published, superseded or repealed, or that the chain names, with
     * its state as stored beside the state the chain gives it.
     */
    @Override
    public List<StoredPublication> storedPublications(LedgerChain chain) {
        List<ListRepository.StoredVersion> versions = repository.storedVersions();
        Map<Integer, ListRepository.StoredVersion> byId = new HashMap<>();
        versions.forEach(v -> byId.put(v.id(), v));
        Map<Integer, Integer> repealed = new HashMap<>();
        events.storedRepeals().forEach(r -> repealed.put(r.id(), r.versionId()));
        Map<Integer, VersionStatus> byChain = new HashMap<>();
        Map<String, Integer> inForce = new HashMap<>();
        for (LedgerEntry entry : chain.entries()) {
            Optional<Integer> versionId = idOf(entry.subject());
            if (versionId.isPresent() && byId.containsKey(versionId.get())) {
                Integer previous = inForce.put(byId.get(versionId.get()).series(), versionId.get());
                if (previous != null && byChain.get(previous) == VersionStatus.PUBLISHED) {
                    byChain.put(previous, VersionStatus.SUPERSEDED);
                }
                byChain.put(versionId.get(), VersionStatus.PUBLISHED);
            }
            if (entry.subject().startsWith(ListRepealContentSource.PREFIX)) {
                Integer repealId = parse(entry.subject().substring(ListRepealContentSource.PREFIX.length()));
                if (repealId != null && repealed.containsKey(repealId)) {
                    byChain.put(repealed.get(repealId), VersionStatus.REPEALED);
                }
            }
        }
        Map<Integer, List<Integer>> orders = repository.storedItemOrders();
        List<StoredPublication> stored = new ArrayList<>();
        for (ListRepository.StoredVersion version : versions) {
            String subject = PREFIX + version.id();
            if (claimsPublic(version.status()) || chain.contains(subject)) {
                VersionStatus derived = byChain.get(version.id());
                stored.add(new StoredPublication(subject, version.contentHash(), version.publishedAt(), version.status(),
                        derived == null ? UNPUBLISHED : derived.name(),
                        inPublishedOrder(orders.getOrDefault(version.id(), List.of()))));
            }
        }
        return stored;
    }

    private static boolean inPublishedOrder(List<Integer> sortOrders) {
        for (int i = 0; i < sortOrders.size(); i++) {
            if (sortOrders.get(i) != (i + 1) * ListRepository.ORDER_STEP) {
                return false;
            }
        }
        return true;
    }

    private static boolean claimsPublic(String status) {
        return !VersionStatus.DRAFT.name().equals(status) && !VersionStatus.SUBMITTED.name().equals(status);
    }

    private static Integer parse(String id) {
        return id.matches("\\d{1,9}") ? Integer.valueOf(id) : null;
    }
}
