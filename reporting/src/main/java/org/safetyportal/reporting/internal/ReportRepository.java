package org.safetyportal.reporting.internal;

import static org.safetyportal.reporting.internal.jooq.Tables.CASE_OUTCOME;
import static org.safetyportal.reporting.internal.jooq.Tables.CASE_STATUS;
import static org.safetyportal.reporting.internal.jooq.Tables.CASE_TRANSITION;
import static org.safetyportal.reporting.internal.jooq.Tables.HAZARD_CASE_EVENT;
import static org.safetyportal.reporting.internal.jooq.Tables.HAZARD_REPORT;
import static org.safetyportal.reporting.internal.jooq.Tables.HAZARD_REPORT_IDENTITY;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import org.safetyportal.content.ledger.StoredPublication;
import org.safetyportal.content.ledger.StoredRows;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.reporting.cases.CaseEvent;
import org.safetyportal.reporting.cases.CaseFilter;
import org.safetyportal.reporting.cases.HazardCase;
import org.safetyportal.reporting.cases.RoutingBasis;
import org.safetyportal.reporting.internal.jooq.tables.records.HazardCaseEventRecord;
import org.safetyportal.reporting.internal.jooq.tables.records.HazardReportRecord;
import org.safetyportal.reporting.routing.RoutingRule;

/**
 * Reports, their events and sealed identities. New rows' ids are the driver's generated keys of their insert (MySQL's
 * driver cannot run jOOQ's RETURNING for MariaDB), so storing rows costs no read back.
 */
@Singleton
public class ReportRepository {

    private static final int QUEUE_LIMIT = 500;

    private final DSLContext dsl;
    private final OrganizationDirectory organization;

    ReportRepository(DSLContext dsl, OrganizationDirectory organization) {
        this.dsl = dsl;
        this.organization = organization;
    }

    public boolean trackingCodeExists(String trackingCode) {
        return dsl.fetchExists(HAZARD_REPORT, HAZARD_REPORT.TRACKING_CODE.eq(trackingCode));
    }

    /**
     * Stores a new report; answers it as stored: its id, and its numbers at the columns' scale, as the verifier will
     * read them, for the case's first step is hashed from them.
     */
    public HazardCase insertReport(ReportInsert r) {
        return insertReports(List.of(r)).get(0);
    }

    /** Stores new reports in one statement; answers them as stored, in the order given. */
    public List<HazardCase> insertReports(List<ReportInsert> reports) {
        List<HazardReportRecord> rows = reports.stream().map(this::reportRow).toList();
        List<Integer> ids = insertAll(HAZARD_REPORT, rows);
        List<HazardCase> stored = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            HazardReportRecord row = rows.get(i);
            row.setId(ids.get(i));
            row.setLatitude(atColumnScale(HAZARD_REPORT.LATITUDE, row.getLatitude()));
            row.setLongitude(atColumnScale(HAZARD_REPORT.LONGITUDE, row.getLongitude()));
            stored.add(toCase(row));
        }
        return stored;
    }

    /** A decimal as its column keeps it: both databases round half away from zero, as HALF_UP does. */
    private static BigDecimal atColumnScale(Field<BigDecimal> column, BigDecimal value) {
        return value == null ? null : value.setScale(column.getDataType().scale(), RoundingMode.HALF_UP);
    }

    /** Every column a new report sets, null ones included, so that the rows of one insert have the same columns. */
    private HazardReportRecord reportRow(ReportInsert r) {
        RoutingBasis basis = r.basis();
        LocalDateTime at = local(r.submittedAt());
        HazardReportRecord row = dsl.newRecord(HAZARD_REPORT);
        row.set(HAZARD_REPORT.TRACKING_CODE, r.trackingCode());
        row.set(HAZARD_REPORT.PIN_HASH, r.pinHash());
        row.set(HAZARD_REPORT.SECTOR_CODE, r.sectorCode());
        row.set(HAZARD_REPORT.AREA_CODE, r.areaCode());
        row.set(HAZARD_REPORT.TOWNSHIP_CODE, r.townshipCode());
        row.set(HAZARD_REPORT.ADDRESS, r.address());
        row.set(HAZARD_REPORT.LATITUDE, r.latitude());
        row.set(HAZARD_REPORT.LONGITUDE, r.longitude());
        row.set(HAZARD_REPORT.ENTERPRISE_NAME, r.enterpriseName());
        row.set(HAZARD_REPORT.CREDIT_CODE, r.creditCode());
        row.set(HAZARD_REPORT.DESCRIPTION, r.description());
        row.set(HAZARD_REPORT.REAL_NAME, r.realName());
        row.set(HAZARD_REPORT.ROUTED_DEPARTMENT_CODE, r.routedDepartmentCode());
        row.set(HAZARD_REPORT.ROUTING_RULE, r.routingRule());
        row.set(HAZARD_REPORT.BASIS_VERSION_ID, basis == null ? null : basis.versionId());
        row.set(HAZARD_REPORT.BASIS_VERSION_NO, basis == null ? null : basis.versionNo());
        row.set(HAZARD_REPORT.BASIS_ITEM_CODE, basis == null ? null : basis.itemCode());
        row.set(HAZARD_REPORT.BASIS_CONTENT_HASH, basis == null ? null : basis.contentHash());
        row.set(HAZARD_REPORT.DEPARTMENT_CODE, r.routedDepartmentCode());
        row.set(HAZARD_REPORT.STATUS, r.status());
        row.set(HAZARD_REPORT.SUBMITTED_AT, at);
        row.set(HAZARD_REPORT.UPDATED_AT, at);
        return row;
    }

    public int insertEvent(EventInsert e) {
        return insertEvents(List.of(e)).get(0);
    }

    /** Stores new events in one statement; answers their ids in the order given. */
    public List<Integer> insertEvents(List<EventInsert> events) {
        return insertAll(HAZARD_CASE_EVENT, events.stream().map(this::eventRow).toList());
    }

    /**
     * Rows of one table in one statement (each row sets the same columns); answers the ids the database gave them, in
     * the rows' order, from the driver's generated keys, on the connection of the transaction in progress.
     */
    private <R extends TableRecord<R>> List<Integer> insertAll(Table<R> table, List<R> rows) {
        var insert = dsl.insertInto(table).set(rows.get(0));
        for (R row : rows.subList(1, rows.size())) {
            insert = insert.newRecord().set(row);
        }
        String sql = insert.getSQL();
        List<Object> values = insert.getBindValues();
        return dsl.connectionResult(connection -> GeneratedKeys.insert(connection, sql, values, rows.size()));
    }

    private HazardCaseEventRecord eventRow(EventInsert e) {
        HazardCaseEventRecord row = dsl.newRecord(HAZARD_CASE_EVENT);
        row.set(HAZARD_CASE_EVENT.REPORT_ID, e.reportId());
        row.set(HAZARD_CASE_EVENT.EVENT_NO, e.eventNo());
        row.set(HAZARD_CASE_EVENT.ACTION, e.action());
        row.set(HAZARD_CASE_EVENT.STATUS_AFTER, e.statusAfter());
        row.set(HAZARD_CASE_EVENT.DEPARTMENT_CODE, e.departmentCode());
        row.set(HAZARD_CASE_EVENT.OUTCOME, e.outcome());
        row.set(HAZARD_CASE_EVENT.DEADLINE, e.deadline());
        row.set(HAZARD_CASE_EVENT.PUBLIC_NOTE, e.publicNote());
        row.set(HAZARD_CASE_EVENT.INTERNAL_NOTE, e.internalNote());
        row.set(HAZARD_CASE_EVENT.IS_PUBLIC, e.isPublic());
        row.set(HAZARD_CASE_EVENT.ACTOR, e.actor());
        row.set(HAZARD_CASE_EVENT.OCCURRED_AT, local(e.occurredAt()));
        row.set(HAZARD_CASE_EVENT.CONTENT_HASH, e.contentHash());
        return row;
    }

    public int nextEventNo(int reportId) {
        Integer max = dsl.select(DSL.max(HAZARD_CASE_EVENT.EVENT_NO)).from(HAZARD_CASE_EVENT)
                .where(HAZARD_CASE_EVENT.REPORT_ID.eq(reportId)).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    /** Sets where the case stands after an action. */
    public void updateCase(int reportId, String status, String departmentCode, String outcome, LocalDate deadline,
            String verificationRequestedBy, Instant at) {
        dsl.update(HAZARD_REPORT)
                .set(HAZARD_REPORT.STATUS, status)
                .set(HAZARD_REPORT.DEPARTMENT_CODE, departmentCode)
                .set(HAZARD_REPORT.OUTCOME, outcome)
                .set(HAZARD_REPORT.RECTIFICATION_DEADLINE, deadline)
                .set(HAZARD_REPORT.OUTCOME_CLAIMED_BY, verificationRequestedBy)
                .set(HAZARD_REPORT.UPDATED_AT, local(at))
                .where(HAZARD_REPORT.ID.eq(reportId))
                .execute();
    }

    public void insertIdentity(int reportId, SealedRow row) {
        dsl.insertInto(HAZARD_REPORT_IDENTITY)
                .set(HAZARD_REPORT_IDENTITY.REPORT_ID, reportId)
                .set(HAZARD_REPORT_IDENTITY.KEY_ID, row.keyId())
                .set(HAZARD_REPORT_IDENTITY.NONCE, row.nonce())
                .set(HAZARD_REPORT_IDENTITY.SEALED, row.sealed())
                .execute();
    }

    public Optional<SealedRow> identity(int reportId) {
        return dsl.selectFrom(HAZARD_REPORT_IDENTITY).where(HAZARD_REPORT_IDENTITY.REPORT_ID.eq(reportId))
                .fetchOptional(r -> new SealedRow(r.getKeyId(), r.getNonce(), r.getSealed()));
    }

    public Optional<HazardCase> byTrackingCode(String trackingCode) {
        return dsl.selectFrom(HAZARD_REPORT).where(HAZARD_REPORT.TRACKING_CODE.eq(trackingCode))
                .fetchOptional().map(this::toCase);
    }

    /** The PIN hash of a report, read apart so that no case record ever carries it. */
    public Optional<String> pinHash(String trackingCode) {
        return dsl.select(HAZARD_REPORT.PIN_HASH).from(HAZARD_REPORT).where(HAZARD_REPORT.TRACKING_CODE.eq(trackingCode))
                .fetchOptional(HAZARD_REPORT.PIN_HASH);
    }

    public Optional<HazardCase> byId(int id) {
        return dsl.selectFrom(HAZARD_REPORT).where(HAZARD_REPORT.ID.eq(id)).fetchOptional().map(this::toCase);
    }

    /** The case, its row locked until the transaction ends, so that two actions on it are taken in turn. */
    public Optional<HazardCase> lock(int id) {
        return dsl.selectFrom(HAZARD_REPORT).where(HAZARD_REPORT.ID.eq(id)).forUpdate().fetchOptional().map(this::toCase);
    }

    public List<HazardCase> queue(CaseFilter filter, Collection<String> departmentCodes, Collection<String> areaCodes) {
        Condition condition = DSL.noCondition();
        if (departmentCodes != null) {
            if (departmentCodes.isEmpty()) {
                return List.of();
            }
            condition = condition.and(HAZARD_REPORT.DEPARTMENT_CODE.in(departmentCodes));
        }
        if (areaCodes != null) {
            condition = condition.and(HAZARD_REPORT.AREA_CODE.in(areaCodes));
        }
        if (filter.status() != null) {
            condition = condition.and(HAZARD_REPORT.STATUS.eq(filter.status()));
        }
        if (filter.sectorCode() != null) {
            condition = condition.and(HAZARD_REPORT.SECTOR_CODE.eq(filter.sectorCode()));
        }
        if (filter.areaCode() != null) {
            condition = condition.and(HAZARD_REPORT.AREA_CODE.eq(filter.areaCode()));
        }
        if (filter.departmentCode() != null) {
            condition = condition.and(HAZARD_REPORT.DEPARTMENT_CODE.eq(filter.departmentCode()));
        }
        return dsl.selectFrom(HAZARD_REPORT).where(condition).orderBy(HAZARD_REPORT.SUBMITTED_AT.desc(), HAZARD_REPORT.ID.desc())
                .limit(QUEUE_LIMIT).fetch().map(this::toCase);
    }

    public long count() {
        return dsl.fetchCount(HAZARD_REPORT);
    }

    /** The report of this county, place and description, if taken (the demo loader's resumption key). */
    public Optional<HazardCase> find(String areaCode, String address, String description) {
        return dsl.selectFrom(HAZARD_REPORT).where(HAZARD_REPORT.AREA_CODE.eq(areaCode), HAZARD_REPORT.ADDRESS.eq(address))
                .fetch().stream().filter(r -> r.getDescription().equals(description)).findFirst().map(this::toCase);
    }

    /** Every report, oldest first: the public read model picks from them what the ledger published. */
    public List<HazardCase> all() {
        return dsl.selectFrom(HAZARD_REPORT).orderBy(HAZARD_REPORT.ID).fetch().map(this::toCase);
    }

    /** Every public step of every case (each one has its ledger entry), in case and step order. */
    public List<CaseEvent> publicEvents() {
        return dsl.selectFrom(HAZARD_CASE_EVENT)
                .where(HAZARD_CASE_EVENT.IS_PUBLIC.isTrue(), HAZARD_CASE_EVENT.CONTENT_HASH.isNotNull())
                .orderBy(HAZARD_CASE_EVENT.REPORT_ID, HAZARD_CASE_EVENT.EVENT_NO).fetch().map(this::toEvent);
    }

    public List<CaseEvent> events(int reportId) {
        return dsl.selectFrom(HAZARD_CASE_EVENT).where(HAZARD_CASE_EVENT.REPORT_ID.eq(reportId))
                .orderBy(HAZARD_CASE_EVENT.EVENT_NO).fetch().map(this::toEvent);
    }

    public Optional<CaseEvent> event(int id) {
        return dsl.selectFrom(HAZARD_CASE_EVENT).where(HAZARD_CASE_EVENT.ID.eq(id)).fetchOptional().map(this::toEvent);
    }

    public List<StoredPublication> storedPublicEvents(String subjectPrefix) {
        return StoredRows.read(dsl, subjectPrefix, HAZARD_CASE_EVENT.ID, HAZARD_CASE_EVENT.CONTENT_HASH,
                HAZARD_CASE_EVENT.OCCURRED_AT, HAZARD_CASE_EVENT.IS_PUBLIC.isTrue());
    }

    /** The case statuses in their order, with their group (OPEN or CLOSED). */
    public List<String[]> statuses() {
        return dsl.select(CASE_STATUS.CODE, CASE_STATUS.STATE_GROUP).from(CASE_STATUS).orderBy(CASE_STATUS.SORT_ORDER)
                .fetch().map(r -> new String[] {r.value1(), r.value2()});
    }

    public List<TransitionRow> transitions() {
        return dsl.selectFrom(CASE_TRANSITION).fetch().map(r -> new TransitionRow(r.getAction(), r.getFromStatus(),
                r.getToStatus(), r.getActorKind(), r.getNeedsReason(), r.getNeedsDeadline(), r.getNeedsOutcome(),
                r.getFourEyes()));
    }

    /** (status, outcome) pairs in their order. */
    public List<String[]> outcomes() {
        return dsl.select(CASE_OUTCOME.STATUS, CASE_OUTCOME.CODE).from(CASE_OUTCOME)
                .orderBy(CASE_OUTCOME.STATUS, CASE_OUTCOME.SORT_ORDER).fetch().map(r -> new String[] {r.value1(), r.value2()});
    }

    private HazardCase toCase(HazardReportRecord r) {
        RoutingBasis basis = r.getBasisVersionId() == null ? null
                : new RoutingBasis(r.getBasisVersionId(), r.getBasisVersionNo(), r.getBasisItemCode(), r.getBasisContentHash());
        return new HazardCase(r.getId(), r.getTrackingCode(), organization.sector(r.getSectorCode()).orElseThrow(),
                organization.area(r.getAreaCode()).orElseThrow(), r.getTownshipCode(), r.getAddress(), r.getLatitude(),
                r.getLongitude(), r.getEnterpriseName(), r.getCreditCode(), r.getDescription(), r.getRealName(),
                department(r.getRoutedDepartmentCode()), RoutingRule.valueOf(r.getRoutingRule()), basis,
                department(r.getDepartmentCode()), r.getStatus(), r.getOutcome(), r.getRectificationDeadline(),
                r.getOutcomeClaimedBy(), instant(r.getSubmittedAt()), instant(r.getUpdatedAt()));
    }

    private CaseEvent toEvent(HazardCaseEventRecord r) {
        return new CaseEvent(r.getId(), r.getReportId(), r.getEventNo(), r.getAction(), r.getStatusAfter(),
                department(r.getDepartmentCode()), r.getOutcome(), r.getDeadline(), r.getPublicNote(), r.getInternalNote(),
                r.getIsPublic(), r.getActor(), instant(r.getOccurredAt()), r.getContentHash());
    }

    private Department department(String code) {
        return organization.department(code).orElseThrow(() -> new IllegalStateException("Unknown department " + code));
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime local) {
        return local.toInstant(ZoneOffset.UTC);
    }
}
