package org.safetyportal.content.blacklist;

import static org.safetyportal.content.internal.jooq.Tables.AREA;
import static org.safetyportal.content.internal.jooq.Tables.BLACKLIST_ENTRY;
import static org.safetyportal.content.internal.jooq.Tables.BLACKLIST_REMOVAL;
import static org.safetyportal.content.internal.jooq.Tables.BLACKLIST_REMOVAL_REQUEST;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.safetyportal.content.internal.jooq.tables.records.BlacklistEntryRecord;
import org.safetyportal.content.internal.jooq.tables.records.BlacklistRemovalRecord;
import org.safetyportal.content.internal.jooq.tables.records.BlacklistRemovalRequestRecord;
import org.safetyportal.content.ledger.StoredPublication;
import org.safetyportal.content.ledger.StoredRows;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.OrganizationDirectory;

@Singleton
class BlacklistRepository {

    private final DSLContext dsl;
    private final OrganizationDirectory organization;

    BlacklistRepository(DSLContext dsl, OrganizationDirectory organization) {
        this.dsl = dsl;
        this.organization = organization;
    }

    Optional<BlacklistEntry> entry(int id) {
        return dsl.selectFrom(BLACKLIST_ENTRY).where(BLACKLIST_ENTRY.ID.eq(id)).fetchOptional()
                .map(r -> toEntries(List.of(r)).get(0));
    }

    Optional<BlacklistRemoval> removal(int id) {
        return dsl.selectFrom(BLACKLIST_REMOVAL).where(BLACKLIST_REMOVAL.ID.eq(id)).fetchOptional()
                .map(BlacklistRepository::toRemoval);
    }

    long count() {
        return dsl.fetchCount(BLACKLIST_ENTRY);
    }

    /** Newest listing first; ties by id, so pages never overlap. */
    List<BlacklistEntry> search(BlacklistFilter filter, LocalDate today, int offset, int limit) {
        return toEntries(dsl.selectFrom(BLACKLIST_ENTRY)
                .where(condition(filter, today))
                .orderBy(BLACKLIST_ENTRY.LISTING_DATE.desc(), BLACKLIST_ENTRY.ID.desc())
                .offset(offset).limit(limit)
                .fetch());
    }

    long count(BlacklistFilter filter, LocalDate today) {
        return dsl.fetchCount(BLACKLIST_ENTRY, condition(filter, today));
    }

    List<BlacklistEntry> byCreditCode(String creditCode) {
        return toEntries(dsl.selectFrom(BLACKLIST_ENTRY).where(BLACKLIST_ENTRY.CREDIT_CODE.eq(creditCode))
                .orderBy(BLACKLIST_ENTRY.LISTING_DATE.desc(), BLACKLIST_ENTRY.ID.desc()).fetch());
    }

    /** The years in which anything was listed, latest first. */
    List<Integer> listingYears() {
        return dsl.selectDistinct(DSL.year(BLACKLIST_ENTRY.LISTING_DATE)).from(BLACKLIST_ENTRY)
                .orderBy(DSL.year(BLACKLIST_ENTRY.LISTING_DATE).desc())
                .fetch(DSL.year(BLACKLIST_ENTRY.LISTING_DATE));
    }

    List<BlacklistEntry> all() {
        return toEntries(dsl.selectFrom(BLACKLIST_ENTRY).orderBy(BLACKLIST_ENTRY.ID).fetch());
    }

    /** Whether the same department already lists this code for this decision, not removed and not expired. */
    boolean currentListingExists(String creditCode, int departmentId, String decisionNo, LocalDate today) {
        return dsl.fetchExists(BLACKLIST_ENTRY, BLACKLIST_ENTRY.CREDIT_CODE.eq(creditCode)
                .and(BLACKLIST_ENTRY.DEPARTMENT_ID.eq(departmentId))
                .and(BLACKLIST_ENTRY.DECISION_NO.eq(decisionNo))
                .and(current(today)));
    }

    int insert(NewBlacklistEntry entry, int areaId, LocalDate expiryDate, String listedBy, Instant listedAt,
            String contentHash) {
        dsl.insertInto(BLACKLIST_ENTRY)
                .set(BLACKLIST_ENTRY.DEPARTMENT_ID, entry.departmentId())
                .set(BLACKLIST_ENTRY.ENTERPRISE_NAME, entry.enterpriseName())
                .set(BLACKLIST_ENTRY.CREDIT_CODE, entry.creditCode())
                .set(BLACKLIST_ENTRY.RESPONSIBLE_PERSON, entry.responsiblePerson())
                .set(BLACKLIST_ENTRY.AREA_ID, areaId)
                .set(BLACKLIST_ENTRY.SECTOR_CODE, entry.sectorCode())
                .set(BLACKLIST_ENTRY.CONDUCT, entry.conduct())
                .set(BLACKLIST_ENTRY.LEGAL_BASIS, entry.legalBasis())
                .set(BLACKLIST_ENTRY.DECISION_NO, entry.decisionNo())
                .set(BLACKLIST_ENTRY.LISTING_DATE, entry.listingDate())
                .set(BLACKLIST_ENTRY.EXPIRY_DATE, expiryDate)
                .set(BLACKLIST_ENTRY.OBJECTION_CONTACT, entry.objectionContact())
                .set(BLACKLIST_ENTRY.OBJECTION_PHONE, entry.objectionPhone())
                .set(BLACKLIST_ENTRY.OBJECTION_CHANNEL, entry.objectionChannel())
                .set(BLACKLIST_ENTRY.LISTED_BY, listedBy)
                .set(BLACKLIST_ENTRY.LISTED_AT, utc(listedAt))
                .set(BLACKLIST_ENTRY.CONTENT_HASH, contentHash)
                .execute();
        // Read back by the listing's key (at most one current listing has it, and this one is the newest):
        // MariaDB through Connector/J cannot run INSERT ... RETURNING.
        return dsl.select(DSL.max(BLACKLIST_ENTRY.ID)).from(BLACKLIST_ENTRY)
                .where(BLACKLIST_ENTRY.CREDIT_CODE.eq(entry.creditCode())
                        .and(BLACKLIST_ENTRY.DEPARTMENT_ID.eq(entry.departmentId()))
                        .and(BLACKLIST_ENTRY.DECISION_NO.eq(entry.decisionNo())))
                .fetchSingle(DSL.max(BLACKLIST_ENTRY.ID));
    }

    int insertRemoval(int entryId, String reason, LocalDate removalDate, String requestedBy, String approvedBy,
            Instant approvedAt, String contentHash) {
        dsl.insertInto(BLACKLIST_REMOVAL)
                .set(BLACKLIST_REMOVAL.ENTRY_ID, entryId)
                .set(BLACKLIST_REMOVAL.REASON, reason)
                .set(BLACKLIST_REMOVAL.REMOVAL_DATE, removalDate)
                .set(BLACKLIST_REMOVAL.REQUESTED_BY, requestedBy)
                .set(BLACKLIST_REMOVAL.APPROVED_BY, approvedBy)
                .set(BLACKLIST_REMOVAL.APPROVED_AT, utc(approvedAt))
                .set(BLACKLIST_REMOVAL.CONTENT_HASH, contentHash)
                .execute();
        return dsl.select(BLACKLIST_REMOVAL.ID).from(BLACKLIST_REMOVAL).where(BLACKLIST_REMOVAL.ENTRY_ID.eq(entryId))
                .fetchSingle(BLACKLIST_REMOVAL.ID);
    }

    int insertRequest(int entryId, String reason, LocalDate removalDate, String requestedBy, Instant requestedAt) {
        dsl.insertInto(BLACKLIST_REMOVAL_REQUEST)
                .set(BLACKLIST_REMOVAL_REQUEST.ENTRY_ID, entryId)
                .set(BLACKLIST_REMOVAL_REQUEST.REASON, reason)
                .set(BLACKLIST_REMOVAL_REQUEST.REMOVAL_DATE, removalDate)
                .set(BLACKLIST_REMOVAL_REQUEST.STATUS, RemovalRequest.Status.PENDING.name())
                .set(BLACKLIST_REMOVAL_REQUEST.REQUESTED_BY, requestedBy)
                .set(BLACKLIST_REMOVAL_REQUEST.REQUESTED_AT, utc(requestedAt))
                .execute();
        // At most one pending request per entry: the service refuses a second one.
        return dsl.select(DSL.max(BLACKLIST_REMOVAL_REQUEST.ID)).from(BLACKLIST_REMOVAL_REQUEST)
                .where(BLACKLIST_REMOVAL_REQUEST.ENTRY_ID.eq(entryId))
                .fetchSingle(DSL.max(BLACKLIST_REMOVAL_REQUEST.ID));
    }

    boolean pendingRequestExists(int entryId) {
        return dsl.fetchExists(BLACKLIST_REMOVAL_REQUEST, BLACKLIST_REMOVAL_REQUEST.ENTRY_ID.eq(entryId)
                .and(BLACKLIST_REMOVAL_REQUEST.STATUS.eq(RemovalRequest.Status.PENDING.name())));
    }

    /** Locks the request row until the transaction ends, so two reviewers cannot decide it twice. */
    Optional<RemovalRequest> requestForUpdate(int id) {
        return dsl.selectFrom(BLACKLIST_REMOVAL_REQUEST).where(BLACKLIST_REMOVAL_REQUEST.ID.eq(id)).forUpdate()
                .fetchOptional().map(r -> toRequests(List.of(r)).get(0));
    }

    Optional<RemovalRequest> request(int id) {
        return dsl.selectFrom(BLACKLIST_REMOVAL_REQUEST).where(BLACKLIST_REMOVAL_REQUEST.ID.eq(id))
                .fetchOptional().map(r -> toRequests(List.of(r)).get(0));
    }

    List<RemovalRequest> pendingRequests() {
        return toRequests(dsl.selectFrom(BLACKLIST_REMOVAL_REQUEST)
                .where(BLACKLIST_REMOVAL_REQUEST.STATUS.eq(RemovalRequest.Status.PENDING.name()))
                .orderBy(BLACKLIST_REMOVAL_REQUEST.ID).fetch());
    }

    void decideRequest(int id, RemovalRequest.Status status, String decidedBy, Instant decidedAt) {
        dsl.update(BLACKLIST_REMOVAL_REQUEST)
                .set(BLACKLIST_REMOVAL_REQUEST.STATUS, status.name())
                .set(BLACKLIST_REMOVAL_REQUEST.DECIDED_BY, decidedBy)
                .set(BLACKLIST_REMOVAL_REQUEST.DECIDED_AT, utc(decidedAt))
                .where(BLACKLIST_REMOVAL_REQUEST.ID.eq(id))
                .execute();
    }

    private static Condition condition(BlacklistFilter filter, LocalDate today) {
        Condition condition = switch (filter.scope()) {
            case CURRENT -> current(today);
            case HISTORY -> current(today).not();
            case ALL -> DSL.noCondition();
        };
        if (filter.areaCode() != null) {
            condition = condition.and(BLACKLIST_ENTRY.AREA_ID.in(
                    DSL.select(AREA.ID).from(AREA).where(AREA.CODE.eq(filter.areaCode()))));
        }
        if (filter.sectorCode() != null) {
            condition = condition.and(BLACKLIST_ENTRY.SECTOR_CODE.eq(filter.sectorCode()));
        }
        if (filter.departmentId() != null) {
            condition = condition.and(BLACKLIST_ENTRY.DEPARTMENT_ID.eq(filter.departmentId()));
        }
        if (filter.year() != null) {
            condition = condition.and(BLACKLIST_ENTRY.LISTING_DATE.between(
                    LocalDate.of(filter.year(), 1, 1), LocalDate.of(filter.year(), 12, 31)));
        }
        return condition;
    }

    /** Not removed early and not yet expired (see {@link BlacklistTerm#hasExpired}). */
    private static Condition current(LocalDate today) {
        return BLACKLIST_ENTRY.EXPIRY_DATE.gt(today).and(DSL.notExists(DSL.selectOne().from(BLACKLIST_REMOVAL)
                .where(BLACKLIST_REMOVAL.ENTRY_ID.eq(BLACKLIST_ENTRY.ID))));
    }

    private List<BlacklistEntry> toEntries(Collection<BlacklistEntryRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        Map<Integer, Area> areas = organization.areas().stream().collect(Collectors.toMap(Area::id, Function.identity()));
        List<Integer> ids = records.stream().map(BlacklistEntryRecord::getId).toList();
        Map<Integer, BlacklistRemoval> removals = dsl.selectFrom(BLACKLIST_REMOVAL)
                .where(BLACKLIST_REMOVAL.ENTRY_ID.in(ids)).fetch(BlacklistRepository::toRemoval).stream()
                .collect(Collectors.toMap(BlacklistRemoval::entryId, Function.identity()));
        return records.stream().map(r -> new BlacklistEntry(r.getId(),
                organization.department(r.getDepartmentId()).orElseThrow(), r.getEnterpriseName(), r.getCreditCode(),
                r.getResponsiblePerson(), areas.get(r.getAreaId()), organization.sector(r.getSectorCode()).orElseThrow(),
                r.getConduct(), r.getLegalBasis(), r.getDecisionNo(), r.getListingDate(), r.getExpiryDate(),
                r.getObjectionContact(), r.getObjectionPhone(), r.getObjectionChannel(), r.getListedBy(),
                r.getListedAt().toInstant(ZoneOffset.UTC), r.getContentHash(), removals.get(r.getId()))).toList();
    }

    private static BlacklistRemoval toRemoval(BlacklistRemovalRecord r) {
        return new BlacklistRemoval(r.getId(), r.getEntryId(), r.getReason(), r.getRemovalDate(), r.getRequestedBy(),
                r.getApprovedBy(), r.getApprovedAt().toInstant(ZoneOffset.UTC), r.getContentHash());
    }

    /** Requests read whole first, then the entries they name in one query, not one per request. */
    private List<RemovalRequest> toRequests(List<BlacklistRemovalRequestRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Integer, BlacklistEntry> entries = toEntries(dsl.selectFrom(BLACKLIST_ENTRY)
                .where(BLACKLIST_ENTRY.ID.in(rows.stream().map(BlacklistRemovalRequestRecord::getEntryId).toList()))
                .fetch()).stream().collect(Collectors.toMap(BlacklistEntry::id, Function.identity()));
        return rows.stream().map(r -> toRequest(r, entries.get(r.getEntryId()))).toList();
    }

    private static RemovalRequest toRequest(BlacklistRemovalRequestRecord r, BlacklistEntry entry) {
        return new RemovalRequest(r.getId(), entry, r.getReason(), r.getRemovalDate(),
                RemovalRequest.Status.valueOf(r.getStatus()), r.getRequestedBy(),
                r.getRequestedAt().toInstant(ZoneOffset.UTC), r.getDecidedBy(),
                r.getDecidedAt() == null ? null : r.getDecidedAt().toInstant(ZoneOffset.UTC));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Every row of blacklist_entry as stored, for the verifier to hold against the chain. */
    List<StoredPublication> storedEntries() {
        return StoredRows.read(dsl, BlacklistContentSource.PREFIX, BLACKLIST_ENTRY.ID, BLACKLIST_ENTRY.CONTENT_HASH, BLACKLIST_ENTRY.LISTED_AT);
    }

    /** Every row of blacklist_removal as stored, for the verifier to hold against the chain. */
    List<StoredPublication> storedRemovals() {
        return StoredRows.read(dsl, BlacklistRemovalContentSource.PREFIX, BLACKLIST_REMOVAL.ID, BLACKLIST_REMOVAL.CONTENT_HASH, BLACKLIST_REMOVAL.APPROVED_AT);
    }
}
