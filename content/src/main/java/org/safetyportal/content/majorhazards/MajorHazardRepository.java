package org.safetyportal.content.majorhazards;

import static org.safetyportal.content.internal.jooq.Tables.AREA;
import static org.safetyportal.content.internal.jooq.Tables.MAJOR_HAZARD;
import static org.safetyportal.content.internal.jooq.Tables.MAJOR_HAZARD_EVENT;

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
import org.safetyportal.content.calendar.CityClock;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.safetyportal.content.internal.jooq.tables.MajorHazardEvent;
import org.safetyportal.content.internal.jooq.tables.records.MajorHazardEventRecord;
import org.safetyportal.content.internal.jooq.tables.records.MajorHazardRecord;
import org.safetyportal.content.ledger.StoredPublication;
import org.safetyportal.content.ledger.StoredRows;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.OrganizationDirectory;

@Singleton
class MajorHazardRepository {

    /** A listing exactly as stored, for the ledger. */
    record StoredListing(NewMajorHazard hazard, String departmentCode, String areaCode, String listedBy) {
    }

    /** A step exactly as stored, for the ledger. */
    record StoredEvent(String registerCode, int seq, StatusChange change, String recordedBy) {
    }

    private final DSLContext dsl;
    private final OrganizationDirectory organization;
    private final CityClock clock;

    MajorHazardRepository(DSLContext dsl, OrganizationDirectory organization, CityClock clock) {
        this.dsl = dsl;
        this.organization = organization;
        this.clock = clock;
    }

    private LocalDate today() {
        return clock.today();
    }

    Optional<StoredListing> listing(int id) {
        return dsl.selectFrom(MAJOR_HAZARD).where(MAJOR_HAZARD.ID.eq(id)).fetchOptional().map(r -> {
            Map<Integer, Area> areas = areasById();
            return new StoredListing(input(r, areas), organization.department(r.getDepartmentId()).orElseThrow().code(),
                    areas.get(r.getAreaId()).code(), r.getListedBy());
        });
    }

    Optional<StoredEvent> eventForLedger(int id) {
        return dsl.select(MAJOR_HAZARD.REGISTER_CODE, MAJOR_HAZARD_EVENT.asterisk())
                .from(MAJOR_HAZARD_EVENT).join(MAJOR_HAZARD).on(MAJOR_HAZARD.ID.eq(MAJOR_HAZARD_EVENT.HAZARD_ID))
                .where(MAJOR_HAZARD_EVENT.ID.eq(id)).fetchOptional()
                .map(r -> {
                    MajorHazardEventRecord e = r.into(MAJOR_HAZARD_EVENT);
                    return new StoredEvent(r.get(MAJOR_HAZARD.REGISTER_CODE), e.getSeq(), change(e), e.getRecordedBy());
                });
    }

    /**
     * Locks the listing until the transaction ends, so that two steps recorded at the same moment are
     * taken one after the other, the second checked against the first; false when there is no such code.
     */
    boolean lock(String registerCode) {
        return dsl.select(MAJOR_HAZARD.ID).from(MAJOR_HAZARD).where(MAJOR_HAZARD.REGISTER_CODE.eq(registerCode))
                .forUpdate().fetchOptional().isPresent();
    }

    Optional<MajorHazard> hazard(int id) {
        return dsl.selectFrom(MAJOR_HAZARD).where(MAJOR_HAZARD.ID.eq(id)).fetch().stream()
                .findFirst().map(r -> toHazards(List.of(r)).get(0));
    }

    Optional<MajorHazard> byCode(String registerCode) {
        List<MajorHazardRecord> rows = dsl.selectFrom(MAJOR_HAZARD).where(MAJOR_HAZARD.REGISTER_CODE.eq(registerCode)).fetch();
        return rows.isEmpty() ? Optional.empty() : Optional.of(toHazards(rows).get(0));
    }

    boolean codeExists(String registerCode) {
        return dsl.fetchExists(MAJOR_HAZARD, MAJOR_HAZARD.REGISTER_CODE.eq(registerCode));
    }

    long count() {
        return dsl.fetchCount(MAJOR_HAZARD);
    }

    /** Newest listing first; ties by register code, so pages never overlap. */
    List<MajorHazard> search(HazardFilter filter, int offset, int limit) {
        return toHazards(dsl.selectFrom(MAJOR_HAZARD).where(condition(filter))
                .orderBy(MAJOR_HAZARD.LISTING_DATE.desc(), MAJOR_HAZARD.REGISTER_CODE)
                .offset(offset).limit(limit).fetch());
    }

    long count(HazardFilter filter) {
        return dsl.fetchCount(MAJOR_HAZARD, condition(filter));
    }

    List<MajorHazard> byCreditCode(String creditCode) {
        return toHazards(dsl.selectFrom(MAJOR_HAZARD).where(MAJOR_HAZARD.CREDIT_CODE.eq(creditCode))
                .orderBy(MAJOR_HAZARD.LISTING_DATE.desc(), MAJOR_HAZARD.REGISTER_CODE).fetch());
    }

    int insert(NewMajorHazard h, int areaId, String listedBy, Instant listedAt, String contentHash) {
        FiveImplementations five = h.fiveImplementations();
        dsl.insertInto(MAJOR_HAZARD)
                .set(MAJOR_HAZARD.REGISTER_CODE, h.registerCode())
                .set(MAJOR_HAZARD.DEPARTMENT_ID, h.departmentId())
                .set(MAJOR_HAZARD.DESCRIPTION, h.description())
                .set(MAJOR_HAZARD.ENTERPRISE_NAME, h.enterpriseName())
                .set(MAJOR_HAZARD.CREDIT_CODE, h.creditCode())
                .set(MAJOR_HAZARD.AREA_ID, areaId)
                .set(MAJOR_HAZARD.SECTOR_CODE, h.sectorCode())
                .set(MAJOR_HAZARD.LISTING_DATE, h.listingDate())
                .set(MAJOR_HAZARD.DEADLINE, h.deadline())
                .set(MAJOR_HAZARD.RECTIFICATION_MEASURES, five.measures())
                .set(MAJOR_HAZARD.RESPONSIBILITY, five.responsibility())
                .set(MAJOR_HAZARD.FUNDS, five.funds())
                .set(MAJOR_HAZARD.TIME_LIMIT, five.timeLimit())
                .set(MAJOR_HAZARD.CONTINGENCY_PLAN, five.contingencyPlan())
                .set(MAJOR_HAZARD.LISTED_BY, listedBy)
                .set(MAJOR_HAZARD.LISTED_AT, LocalDateTime.ofInstant(listedAt, ZoneOffset.UTC))
                .set(MAJOR_HAZARD.CONTENT_HASH, contentHash)
                .execute();
        // Read back by the unique register code: MariaDB through Connector/J cannot run INSERT ... RETURNING.
        return dsl.select(MAJOR_HAZARD.ID).from(MAJOR_HAZARD).where(MAJOR_HAZARD.REGISTER_CODE.eq(h.registerCode()))
                .fetchSingle(MAJOR_HAZARD.ID);
    }

    int insertEvent(int hazardId, int seq, StatusChange change, String recordedBy, Instant recordedAt, String contentHash) {
        dsl.insertInto(MAJOR_HAZARD_EVENT)
                .set(MAJOR_HAZARD_EVENT.HAZARD_ID, hazardId)
                .set(MAJOR_HAZARD_EVENT.SEQ, seq)
                .set(MAJOR_HAZARD_EVENT.STATUS, change.status().name())
                .set(MAJOR_HAZARD_EVENT.EVENT_DATE, change.date())
                .set(MAJOR_HAZARD_EVENT.NOTE, change.note())
                .set(MAJOR_HAZARD_EVENT.SIGNED_OFF_BY, change.signedOffBy())
                .set(MAJOR_HAZARD_EVENT.SIGNED_OFF_UNIT, change.signedOffUnit())
                .set(MAJOR_HAZARD_EVENT.SIGNER_ROLE, change.signerRole() == null ? null : change.signerRole().name())
                .set(MAJOR_HAZARD_EVENT.RECORDED_BY, recordedBy)
                .set(MAJOR_HAZARD_EVENT.RECORDED_AT, LocalDateTime.ofInstant(recordedAt, ZoneOffset.UTC))
                .set(MAJOR_HAZARD_EVENT.CONTENT_HASH, contentHash)
                .execute();
        return dsl.select(MAJOR_HAZARD_EVENT.ID).from(MAJOR_HAZARD_EVENT)
                .where(MAJOR_HAZARD_EVENT.HAZARD_ID.eq(hazardId)).and(MAJOR_HAZARD_EVENT.SEQ.eq(seq))
                .fetchSingle(MAJOR_HAZARD_EVENT.ID);
    }

    /** The status of a hazard's latest step, LISTED before the first, as SQL. */
    private static Field<String> currentStatus() {
        MajorHazardEvent latest = MAJOR_HAZARD_EVENT.as("latest");
        MajorHazardEvent any = MAJOR_HAZARD_EVENT.as("any_step");
        return DSL.coalesce(DSL.field(DSL.select(latest.STATUS).from(latest)
                .where(latest.HAZARD_ID.eq(MAJOR_HAZARD.ID))
                .and(latest.SEQ.eq(DSL.select(DSL.max(any.SEQ)).from(any).where(any.HAZARD_ID.eq(MAJOR_HAZARD.ID))))),
                DSL.inline(HazardStatus.LISTED.name()));
    }

    private Condition condition(HazardFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.areaCode() != null) {
            condition = condition.and(MAJOR_HAZARD.AREA_ID.in(
                    DSL.select(AREA.ID).from(AREA).where(AREA.CODE.eq(filter.areaCode()))));
        }
        if (filter.sectorCode() != null) {
            condition = condition.and(MAJOR_HAZARD.SECTOR_CODE.eq(filter.sectorCode()));
        }
        if (filter.departmentId() != null) {
            condition = condition.and(MAJOR_HAZARD.DEPARTMENT_ID.eq(filter.departmentId()));
        }
        if (filter.year() != null) {
            condition = condition.and(MAJOR_HAZARD.LISTING_DATE.between(LocalDate.of(filter.year(), 1, 1),
                    LocalDate.of(filter.year(), 12, 31)));
        }
        if (HazardFilter.OVERDUE.equals(filter.status())) {
            condition = condition.and(currentStatus().ne(HazardStatus.CLOSED.name()))
                    .and(MAJOR_HAZARD.DEADLINE.lt(today()));
        } else if (filter.status() != null) {
            condition = condition.and(currentStatus().eq(filter.status()));
        }
        return condition;
    }

    private List<MajorHazard> toHazards(List<MajorHazardRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Integer, Area> areas = areasById();
        Map<Integer, List<HazardEvent>> history = history(rows.stream().map(MajorHazardRecord::getId).toList());
        LocalDate today = today();
        return rows.stream().map(r -> {
            List<HazardEvent> events = history.getOrDefault(r.getId(), List.of());
            HazardStatus status = events.isEmpty() ? HazardStatus.LISTED : events.get(events.size() - 1).status();
            return new MajorHazard(r.getId(), r.getRegisterCode(), organization.department(r.getDepartmentId()).orElseThrow(),
                    r.getDescription(), r.getEnterpriseName(), r.getCreditCode(), areas.get(r.getAreaId()),
                    organization.sector(r.getSectorCode()).orElseThrow(), r.getListingDate(), r.getDeadline(),
                    five(r), r.getListedBy(), r.getListedAt().toInstant(ZoneOffset.UTC), r.getContentHash(), events,
                    MajorHazard.isOverdue(status, r.getDeadline(), today));
        }).toList();
    }

    private Map<Integer, List<HazardEvent>> history(Collection<Integer> hazardIds) {
        return dsl.selectFrom(MAJOR_HAZARD_EVENT).where(MAJOR_HAZARD_EVENT.HAZARD_ID.in(hazardIds))
                .orderBy(MAJOR_HAZARD_EVENT.HAZARD_ID, MAJOR_HAZARD_EVENT.SEQ).fetch().stream()
                .collect(Collectors.groupingBy(MajorHazardEventRecord::getHazardId,
                        Collectors.mapping(MajorHazardRepository::toEvent, Collectors.toList())));
    }

    private static HazardEvent toEvent(MajorHazardEventRecord e) {
        return new HazardEvent(e.getId(), e.getSeq(), HazardStatus.valueOf(e.getStatus()), e.getEventDate(), e.getNote(),
                e.getSignedOffBy(), e.getSignedOffUnit(), role(e), e.getRecordedBy(), e.getRecordedAt().toInstant(ZoneOffset.UTC),
                e.getContentHash());
    }

    private static StatusChange change(MajorHazardEventRecord e) {
        return new StatusChange(HazardStatus.valueOf(e.getStatus()), e.getEventDate(), e.getNote(), e.getSignedOffBy(),
                e.getSignedOffUnit(), role(e));
    }

    private static SignerRole role(MajorHazardEventRecord e) {
        return e.getSignerRole() == null ? null : SignerRole.valueOf(e.getSignerRole());
    }

    private static FiveImplementations five(MajorHazardRecord r) {
        return new FiveImplementations(r.getRectificationMeasures(), r.getResponsibility(), r.getFunds(),
                r.getTimeLimit(), r.getContingencyPlan());
    }

    private static NewMajorHazard input(MajorHazardRecord r, Map<Integer, Area> areas) {
        return new NewMajorHazard(r.getRegisterCode(), r.getDepartmentId(), r.getDescription(), r.getEnterpriseName(),
                r.getCreditCode(), areas.get(r.getAreaId()).code(), r.getSectorCode(), r.getListingDate(),
                r.getDeadline(), five(r));
    }

    private Map<Integer, Area> areasById() {
        return organization.areas().stream().collect(Collectors.toMap(Area::id, Function.identity()));
    }

    /** Every row of major_hazard as stored, for the verifier to hold against the chain. */
    List<StoredPublication> storedListings() {
        return StoredRows.read(dsl, MajorHazardContentSource.PREFIX, MAJOR_HAZARD.ID, MAJOR_HAZARD.CONTENT_HASH, MAJOR_HAZARD.LISTED_AT);
    }

    /** Every row of major_hazard_event as stored, for the verifier to hold against the chain. */
    List<StoredPublication> storedEvents() {
        return StoredRows.read(dsl, HazardEventContentSource.PREFIX, MAJOR_HAZARD_EVENT.ID, MAJOR_HAZARD_EVENT.CONTENT_HASH, MAJOR_HAZARD_EVENT.RECORDED_AT);
    }
}
