package org.safetyportal.content.inspection;

import static org.safetyportal.content.internal.jooq.Tables.AREA;
import static org.safetyportal.content.internal.jooq.Tables.INSPECTION_CORRECTION;
import static org.safetyportal.content.internal.jooq.Tables.INSPECTION_RECORD;
import static org.safetyportal.content.internal.jooq.Tables.INSPECTION_STATUS_EVENT;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.internal.jooq.tables.records.InspectionCorrectionRecord;
import org.safetyportal.content.internal.jooq.tables.records.InspectionRecordRecord;
import org.safetyportal.content.internal.jooq.tables.records.InspectionStatusEventRecord;
import org.safetyportal.content.ledger.StoredPublication;
import org.safetyportal.content.ledger.StoredRows;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.OrganizationDirectory;

/**
 * Inspection results with their corrections and status events. Searches join each record to its
 * latest correction and latest status event, so that filters and order use the values in force.
 */
@Singleton
class InspectionRepository {

    private static final org.safetyportal.content.internal.jooq.tables.InspectionCorrection C = INSPECTION_CORRECTION.as("c");
    private static final org.safetyportal.content.internal.jooq.tables.InspectionStatusEvent E = INSPECTION_STATUS_EVENT.as("e");
    private static final Field<Integer> LATEST_ID = DSL.field(DSL.name("latest_id"), Integer.class);
    private static final Field<Integer> LATEST_RECORD = DSL.field(DSL.name("latest_record"), Integer.class);
    private static final Table<?> LATEST_CORRECTION = DSL.select(INSPECTION_CORRECTION.RECORD_ID.as("latest_record"),
                    DSL.max(INSPECTION_CORRECTION.ID).as("latest_id"))
            .from(INSPECTION_CORRECTION).groupBy(INSPECTION_CORRECTION.RECORD_ID).asTable("lc");
    private static final Table<?> LATEST_EVENT = DSL.select(INSPECTION_STATUS_EVENT.RECORD_ID.as("latest_record"),
                    DSL.max(INSPECTION_STATUS_EVENT.ID).as("latest_id"))
            .from(INSPECTION_STATUS_EVENT).groupBy(INSPECTION_STATUS_EVENT.RECORD_ID).asTable("le");

    private static final Field<Integer> AREA_NOW = DSL.coalesce(C.AREA_ID, INSPECTION_RECORD.AREA_ID);
    private static final Field<String> SECTOR_NOW = DSL.coalesce(C.SECTOR_CODE, INSPECTION_RECORD.SECTOR_CODE);
    private static final Field<String> KIND_NOW = DSL.coalesce(C.KIND, INSPECTION_RECORD.KIND);
    private static final Field<String> CREDIT_CODE_NOW = DSL.coalesce(C.CREDIT_CODE, INSPECTION_RECORD.CREDIT_CODE);
    private static final Field<LocalDate> DATE_NOW = DSL.coalesce(C.INSPECTION_DATE, INSPECTION_RECORD.INSPECTION_DATE);
    private static final Field<LocalDate> DEADLINE_NOW = DSL.when(C.ID.isNull(), INSPECTION_RECORD.RECTIFICATION_DEADLINE)
            .otherwise(C.RECTIFICATION_DEADLINE);
    private static final Field<String> STATUS_SET = DSL.coalesce(E.STATUS, INSPECTION_RECORD.RECTIFICATION_STATUS);

    private final DSLContext dsl;
    private final OrganizationDirectory organization;
    private final CityClock city;
    private final PublicationTimeliness timeliness;

    InspectionRepository(DSLContext dsl, OrganizationDirectory organization, CityClock city,
            PublicationTimeliness timeliness) {
        this.dsl = dsl;
        this.organization = organization;
        this.city = city;
        this.timeliness = timeliness;
    }

    /** The record as first published, exactly as stored: what its ledger entry covers. */
    Optional<InspectionRecord> original(int id) {
        Map<Integer, Area> areas = areasById();
        return dsl.selectFrom(INSPECTION_RECORD).where(INSPECTION_RECORD.ID.eq(id)).fetchOptional()
                .map(r -> toRecord(r, null, null, RectificationStatus.valueOf(r.getRectificationStatus()), areas));
    }

    /** The record as it reads now. */
    Optional<InspectionRecord> current(String recordCode, LocalDate today) {
        Map<Integer, Area> areas = areasById();
        return joined().where(INSPECTION_RECORD.RECORD_CODE.eq(recordCode)).fetchOptional(r -> toCurrent(r, today, areas));
    }

    String recordCode(int id) {
        return dsl.select(INSPECTION_RECORD.RECORD_CODE).from(INSPECTION_RECORD).where(INSPECTION_RECORD.ID.eq(id))
                .fetchSingle(INSPECTION_RECORD.RECORD_CODE);
    }

    /**
     * Locks the record until the transaction ends, so that two corrections or status changes made at
     * the same moment are taken one after the other, the second checked against the first.
     */
    void lock(String recordCode) {
        dsl.select(INSPECTION_RECORD.ID).from(INSPECTION_RECORD).where(INSPECTION_RECORD.RECORD_CODE.eq(recordCode))
                .forUpdate().fetch();
    }

    boolean codeExists(String recordCode) {
        return dsl.fetchExists(INSPECTION_RECORD, INSPECTION_RECORD.RECORD_CODE.eq(recordCode));
    }

    long count() {
        return dsl.fetchCount(INSPECTION_RECORD);
    }

    /** Newest inspection first (by the date in force); ties by record code, so pages never overlap. */
    List<InspectionRecord> search(InspectionFilter filter, LocalDate today, int offset, int limit) {
        Map<Integer, Area> areas = areasById();
        return joined()
                .where(condition(filter, today))
                .orderBy(DATE_NOW.desc(), INSPECTION_RECORD.RECORD_CODE)
                .offset(offset).limit(limit)
                .fetch(r -> toCurrent(r, today, areas));
    }

    long count(InspectionFilter filter, LocalDate today) {
        return dsl.fetchCount(joined().where(condition(filter, today)));
    }

    List<InspectionRecord> byCreditCode(String creditCode, LocalDate today) {
        Map<Integer, Area> areas = areasById();
        return joined()
                .where(CREDIT_CODE_NOW.eq(creditCode))
                .orderBy(DATE_NOW.desc(), INSPECTION_RECORD.RECORD_CODE)
                .fetch(r -> toCurrent(r, today, areas));
    }

    int insert(NewInspectionRecord record, int areaId, String publishedBy, Instant publishedAt, String contentHash) {
        dsl.insertInto(INSPECTION_RECORD)
                .set(INSPECTION_RECORD.RECORD_CODE, record.recordCode())
                .set(INSPECTION_RECORD.KIND, record.kind().name())
                .set(INSPECTION_RECORD.DEPARTMENT_ID, record.departmentId())
                .set(INSPECTION_RECORD.ENTERPRISE_NAME, record.enterpriseName())
                .set(INSPECTION_RECORD.CREDIT_CODE, record.creditCode())
                .set(INSPECTION_RECORD.AREA_ID, areaId)
                .set(INSPECTION_RECORD.SECTOR_CODE, record.sectorCode())
                .set(INSPECTION_RECORD.INSPECTION_DATE, record.inspectionDate())
                .set(INSPECTION_RECORD.FINDINGS, record.findings())
                .set(INSPECTION_RECORD.VIOLATION_BASIS, record.violationBasis())
                .set(INSPECTION_RECORD.VIOLATION_DESCRIPTION, record.violationDescription())
                .set(INSPECTION_RECORD.MEASURES, record.measures())
                .set(INSPECTION_RECORD.DECISION_NO, record.decisionNo())
                .set(INSPECTION_RECORD.FINE_AMOUNT, record.fineAmount())
                .set(INSPECTION_RECORD.RECTIFICATION_DEADLINE, record.rectificationDeadline())
                .set(INSPECTION_RECORD.RECTIFICATION_STATUS, record.rectificationStatus().name())
                .set(INSPECTION_RECORD.DECISION_DATE, record.decisionDate())
                .set(INSPECTION_RECORD.PUBLICATION_DATE, record.publishedElsewhereOn())
                .set(INSPECTION_RECORD.PUBLISHED_BY, publishedBy)
                .set(INSPECTION_RECORD.PUBLISHED_AT, utc(publishedAt))
                .set(INSPECTION_RECORD.CONTENT_HASH, contentHash)
                .execute();
        // Read back by the unique record code: MariaDB through Connector/J cannot run INSERT ... RETURNING.
        return dsl.select(INSPECTION_RECORD.ID).from(INSPECTION_RECORD)
                .where(INSPECTION_RECORD.RECORD_CODE.eq(record.recordCode()))
                .fetchSingle(INSPECTION_RECORD.ID);
    }

    int nextCorrectionNo(int recordId) {
        return dsl.fetchCount(INSPECTION_CORRECTION, INSPECTION_CORRECTION.RECORD_ID.eq(recordId)) + 1;
    }

    int nextEventNo(int recordId) {
        return dsl.fetchCount(INSPECTION_STATUS_EVENT, INSPECTION_STATUS_EVENT.RECORD_ID.eq(recordId)) + 1;
    }

    int insertCorrection(int recordId, int correctionNo, InspectionFacts facts, int areaId, String reason,
            String correctedBy, Instant correctedAt, String contentHash) {
        dsl.insertInto(INSPECTION_CORRECTION)
                .set(INSPECTION_CORRECTION.RECORD_ID, recordId)
                .set(INSPECTION_CORRECTION.CORRECTION_NO, correctionNo)
                .set(INSPECTION_CORRECTION.KIND, facts.kind().name())
                .set(INSPECTION_CORRECTION.ENTERPRISE_NAME, facts.enterpriseName())
                .set(INSPECTION_CORRECTION.CREDIT_CODE, facts.creditCode())
                .set(INSPECTION_CORRECTION.AREA_ID, areaId)
                .set(INSPECTION_CORRECTION.SECTOR_CODE, facts.sectorCode())
                .set(INSPECTION_CORRECTION.INSPECTION_DATE, facts.inspectionDate())
                .set(INSPECTION_CORRECTION.FINDINGS, facts.findings())
                .set(INSPECTION_CORRECTION.VIOLATION_BASIS, facts.violationBasis())
                .set(INSPECTION_CORRECTION.VIOLATION_DESCRIPTION, facts.violationDescription())
                .set(INSPECTION_CORRECTION.MEASURES, facts.measures())
                .set(INSPECTION_CORRECTION.DECISION_NO, facts.decisionNo())
                .set(INSPECTION_CORRECTION.FINE_AMOUNT, facts.fineAmount())
                .set(INSPECTION_CORRECTION.RECTIFICATION_DEADLINE, facts.rectificationDeadline())
                .set(INSPECTION_CORRECTION.DECISION_DATE, facts.decisionDate())
                .set(INSPECTION_CORRECTION.REASON, reason)
                .set(INSPECTION_CORRECTION.CORRECTED_BY, correctedBy)
                .set(INSPECTION_CORRECTION.CORRECTED_AT, utc(correctedAt))
                .set(INSPECTION_CORRECTION.CONTENT_HASH, contentHash)
                .execute();
        return dsl.select(INSPECTION_CORRECTION.ID).from(INSPECTION_CORRECTION)
                .where(INSPECTION_CORRECTION.RECORD_ID.eq(recordId), INSPECTION_CORRECTION.CORRECTION_NO.eq(correctionNo))
                .fetchSingle(INSPECTION_CORRECTION.ID);
    }

    int insertStatusEvent(int recordId, int eventNo, RectificationStatus status, LocalDate statusDate, String note,
            String recordedBy, Instant recordedAt, String contentHash) {
        dsl.insertInto(INSPECTION_STATUS_EVENT)
                .set(INSPECTION_STATUS_EVENT.RECORD_ID, recordId)
                .set(INSPECTION_STATUS_EVENT.EVENT_NO, eventNo)
                .set(INSPECTION_STATUS_EVENT.STATUS, status.name())
                .set(INSPECTION_STATUS_EVENT.STATUS_DATE, statusDate)
                .set(INSPECTION_STATUS_EVENT.NOTE, note)
                .set(INSPECTION_STATUS_EVENT.RECORDED_BY, recordedBy)
                .set(INSPECTION_STATUS_EVENT.RECORDED_AT, utc(recordedAt))
                .set(INSPECTION_STATUS_EVENT.CONTENT_HASH, contentHash)
                .execute();
        return dsl.select(INSPECTION_STATUS_EVENT.ID).from(INSPECTION_STATUS_EVENT)
                .where(INSPECTION_STATUS_EVENT.RECORD_ID.eq(recordId), INSPECTION_STATUS_EVENT.EVENT_NO.eq(eventNo))
                .fetchSingle(INSPECTION_STATUS_EVENT.ID);
    }

    Optional<InspectionCorrection> correction(int id) {
        Map<Integer, Area> areas = areasById();
        return dsl.selectFrom(INSPECTION_CORRECTION).where(INSPECTION_CORRECTION.ID.eq(id)).fetchOptional()
                .map(c -> toCorrection(c, areas));
    }

    List<InspectionCorrection> corrections(int recordId) {
        Map<Integer, Area> areas = areasById();
        return dsl.selectFrom(INSPECTION_CORRECTION).where(INSPECTION_CORRECTION.RECORD_ID.eq(recordId))
                .orderBy(INSPECTION_CORRECTION.ID).fetch(c -> toCorrection(c, areas));
    }

    Optional<RectificationEvent> statusEvent(int id) {
        return dsl.selectFrom(INSPECTION_STATUS_EVENT).where(INSPECTION_STATUS_EVENT.ID.eq(id)).fetchOptional()
                .map(InspectionRepository::toEvent);
    }

    List<RectificationEvent> statusEvents(int recordId) {
        return dsl.selectFrom(INSPECTION_STATUS_EVENT).where(INSPECTION_STATUS_EVENT.RECORD_ID.eq(recordId))
                .orderBy(INSPECTION_STATUS_EVENT.ID).fetch(InspectionRepository::toEvent);
    }

    /** The newest publications of every kind, newest first: records, corrections and status events. */
    List<InspectionEvent> latestEvents(int limit) {
        List<InspectionEvent> events = new ArrayList<>();
        dsl.select(INSPECTION_RECORD.ID, INSPECTION_RECORD.RECORD_CODE, INSPECTION_RECORD.ENTERPRISE_NAME,
                        INSPECTION_RECORD.PUBLISHED_AT, INSPECTION_RECORD.CONTENT_HASH)
                .from(INSPECTION_RECORD).orderBy(INSPECTION_RECORD.PUBLISHED_AT.desc(), INSPECTION_RECORD.ID.desc()).limit(limit)
                .forEach(r -> events.add(new InspectionEvent(InspectionEvent.Type.PUBLISHED,
                        InspectionContentSource.PREFIX + r.value1(), r.value2(), r.value3(), instant(r.value4()), r.value5(), null)));
        dsl.select(INSPECTION_CORRECTION.ID, INSPECTION_RECORD.RECORD_CODE, INSPECTION_CORRECTION.ENTERPRISE_NAME,
                        INSPECTION_CORRECTION.CORRECTED_AT, INSPECTION_CORRECTION.CONTENT_HASH, INSPECTION_CORRECTION.REASON)
                .from(INSPECTION_CORRECTION).join(INSPECTION_RECORD).on(INSPECTION_RECORD.ID.eq(INSPECTION_CORRECTION.RECORD_ID))
                .orderBy(INSPECTION_CORRECTION.CORRECTED_AT.desc(), INSPECTION_CORRECTION.ID.desc()).limit(limit)
                .forEach(r -> events.add(new InspectionEvent(InspectionEvent.Type.CORRECTED,
                        InspectionCorrectionContentSource.PREFIX + r.value1(), r.value2(), r.value3(), instant(r.value4()),
                        r.value5(), r.value6())));
        dsl.select(INSPECTION_STATUS_EVENT.ID, INSPECTION_RECORD.RECORD_CODE, INSPECTION_RECORD.ENTERPRISE_NAME,
                        INSPECTION_STATUS_EVENT.RECORDED_AT, INSPECTION_STATUS_EVENT.CONTENT_HASH, INSPECTION_STATUS_EVENT.STATUS)
                .from(INSPECTION_STATUS_EVENT).join(INSPECTION_RECORD).on(INSPECTION_RECORD.ID.eq(INSPECTION_STATUS_EVENT.RECORD_ID))
                .orderBy(INSPECTION_STATUS_EVENT.RECORDED_AT.desc(), INSPECTION_STATUS_EVENT.ID.desc()).limit(limit)
                .forEach(r -> events.add(new InspectionEvent(InspectionEvent.Type.STATUS_CHANGED,
                        RectificationEventContentSource.PREFIX + r.value1(), r.value2(), r.value3(), instant(r.value4()),
                        r.value5(), r.value6())));
        return events.stream()
                .sorted(Comparator.comparing(InspectionEvent::publishedAt).reversed()
                        .thenComparing(InspectionEvent::ledgerSubject, Comparator.reverseOrder()))
                .limit(limit)
                .toList();
    }

    private SelectJoinStep<Record> joined() {
        return dsl.select(INSPECTION_RECORD.asterisk())
                .select(C.asterisk())
                .select(E.asterisk())
                .from(INSPECTION_RECORD)
                .leftJoin(LATEST_CORRECTION).on(LATEST_CORRECTION.field(LATEST_RECORD).eq(INSPECTION_RECORD.ID))
                .leftJoin(C).on(C.ID.eq(LATEST_CORRECTION.field(LATEST_ID)))
                .leftJoin(LATEST_EVENT).on(LATEST_EVENT.field(LATEST_RECORD).eq(INSPECTION_RECORD.ID))
                .leftJoin(E).on(E.ID.eq(LATEST_EVENT.field(LATEST_ID)));
    }

    private static Condition condition(InspectionFilter filter, LocalDate today) {
        Condition condition = DSL.noCondition();
        if (filter.areaCode() != null) {
            condition = condition.and(AREA_NOW.in(DSL.select(AREA.ID).from(AREA).where(AREA.CODE.eq(filter.areaCode()))));
        }
        if (filter.sectorCode() != null) {
            condition = condition.and(SECTOR_NOW.eq(filter.sectorCode()));
        }
        if (filter.departmentId() != null) {
            condition = condition.and(INSPECTION_RECORD.DEPARTMENT_ID.eq(filter.departmentId()));
        }
        if (filter.from() != null) {
            condition = condition.and(DATE_NOW.ge(filter.from()));
        }
        if (filter.to() != null) {
            condition = condition.and(DATE_NOW.le(filter.to()));
        }
        if (filter.kind() != null) {
            condition = condition.and(KIND_NOW.eq(filter.kind().name()));
        }
        if (filter.status() != null) {
            condition = condition.and(statusIs(filter.status(), today));
        }
        return condition;
    }

    /** The SQL of {@link RectificationStatus#current}: PENDING (or the old stored OVERDUE) reads OVERDUE once the deadline has passed. */
    private static Condition statusIs(RectificationStatus status, LocalDate today) {
        Condition pending = STATUS_SET.in(RectificationStatus.PENDING.name(), RectificationStatus.OVERDUE.name());
        Condition passed = DEADLINE_NOW.isNotNull().and(DEADLINE_NOW.lt(today));
        return switch (status) {
            case OVERDUE -> pending.and(passed);
            case PENDING -> pending.and(passed.not());
            default -> STATUS_SET.eq(status.name());
        };
    }

    private Map<Integer, Area> areasById() {
        return organization.areas().stream().collect(Collectors.toMap(Area::id, Function.identity()));
    }

    private InspectionRecord toCurrent(Record row, LocalDate today, Map<Integer, Area> areas) {
        InspectionRecordRecord r = row.into(INSPECTION_RECORD);
        InspectionCorrection correction = null;
        if (row.get(C.ID) != null) {
            InspectionCorrectionRecord c = row.into(C);
            correction = toCorrection(c, areas);
        }
        RectificationEvent event = row.get(E.ID) == null ? null : toEvent(row.into(E));
        return toRecord(r, correction, event, null, areas, today);
    }

    private InspectionRecord toRecord(InspectionRecordRecord r, InspectionCorrection correction, RectificationEvent event,
            RectificationStatus status, Map<Integer, Area> areas) {
        return toRecord(r, correction, event, status, areas, null);
    }

    private InspectionRecord toRecord(InspectionRecordRecord r, InspectionCorrection correction, RectificationEvent event,
            RectificationStatus storedStatus, Map<Integer, Area> areas, LocalDate today) {
        InspectionFacts facts = correction != null ? correction.facts() : new InspectionFacts(InspectionKind.valueOf(r.getKind()),
                r.getEnterpriseName(), r.getCreditCode(), areas.get(r.getAreaId()).code(), r.getSectorCode(),
                r.getInspectionDate(), r.getFindings(), r.getViolationBasis(), r.getViolationDescription(), r.getMeasures(),
                r.getDecisionNo(), r.getFineAmount(), r.getRectificationDeadline(), r.getDecisionDate());
        RectificationStatus published = RectificationStatus.valueOf(r.getRectificationStatus());
        RectificationStatus status = today == null ? storedStatus
                : RectificationStatus.current(published, event == null ? null : event.status(), facts.rectificationDeadline(), today);
        Instant publishedAt = instant(r.getPublishedAt());
        LocalDate publishedOn = city.dateOf(publishedAt);
        return new InspectionRecord(r.getId(), r.getRecordCode(), facts.kind(),
                organization.department(r.getDepartmentId()).orElseThrow(), facts.enterpriseName(), facts.creditCode(),
                organization.area(facts.areaCode()).orElseThrow(), organization.sector(facts.sectorCode()).orElseThrow(),
                facts.inspectionDate(), facts.findings(), facts.violationBasis(), facts.violationDescription(),
                facts.measures(), facts.decisionNo(), facts.fineAmount(), facts.rectificationDeadline(), status,
                facts.decisionDate(), publishedOn, r.getPublicationDate(),
                timeliness.isLate(facts.decisionDate(), publishedOn), r.getPublishedBy(), publishedAt,
                r.getContentHash(), correction, event);
    }

    private static InspectionCorrection toCorrection(InspectionCorrectionRecord c, Map<Integer, Area> areas) {
        InspectionFacts facts = new InspectionFacts(InspectionKind.valueOf(c.getKind()), c.getEnterpriseName(),
                c.getCreditCode(), areas.get(c.getAreaId()).code(), c.getSectorCode(), c.getInspectionDate(),
                c.getFindings(), c.getViolationBasis(), c.getViolationDescription(), c.getMeasures(), c.getDecisionNo(),
                c.getFineAmount(), c.getRectificationDeadline(), c.getDecisionDate());
        return new InspectionCorrection(c.getId(), c.getRecordId(), c.getCorrectionNo(), facts, c.getReason(),
                c.getCorrectedBy(), instant(c.getCorrectedAt()), c.getContentHash());
    }

    private static RectificationEvent toEvent(InspectionStatusEventRecord e) {
        return new RectificationEvent(e.getId(), e.getRecordId(), e.getEventNo(), RectificationStatus.valueOf(e.getStatus()),
                e.getStatusDate(), e.getNote(), e.getRecordedBy(), instant(e.getRecordedAt()), e.getContentHash());
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC);
    }

    /** Every row of inspection_record as stored, for the verifier to hold against the chain. */
    List<StoredPublication> storedRecords() {
        return StoredRows.read(dsl, InspectionContentSource.PREFIX, INSPECTION_RECORD.ID, INSPECTION_RECORD.CONTENT_HASH, INSPECTION_RECORD.PUBLISHED_AT);
    }

    /** Every row of inspection_correction as stored, for the verifier to hold against the chain. */
    List<StoredPublication> storedCorrections() {
        return StoredRows.read(dsl, InspectionCorrectionContentSource.PREFIX, INSPECTION_CORRECTION.ID, INSPECTION_CORRECTION.CONTENT_HASH, INSPECTION_CORRECTION.CORRECTED_AT);
    }

    /** Every row of inspection_status_event as stored, for the verifier to hold against the chain. */
    List<StoredPublication> storedStatusEvents() {
        return StoredRows.read(dsl, RectificationEventContentSource.PREFIX, INSPECTION_STATUS_EVENT.ID, INSPECTION_STATUS_EVENT.CONTENT_HASH, INSPECTION_STATUS_EVENT.RECORDED_AT);
    }
}
