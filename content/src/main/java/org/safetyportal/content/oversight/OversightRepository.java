package org.safetyportal.content.oversight;

import static org.safetyportal.content.internal.jooq.Tables.AREA;
import static org.safetyportal.content.internal.jooq.Tables.DEPARTMENT;
import static org.safetyportal.content.internal.jooq.Tables.OVERSIGHT_RECTIFICATION_REPORT;
import static org.safetyportal.content.internal.jooq.Tables.OVERSIGHT_RESULT;

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
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.inspection.PublicationTimeliness;
import org.safetyportal.content.internal.jooq.tables.records.OversightRectificationReportRecord;
import org.safetyportal.content.internal.jooq.tables.records.OversightResultRecord;
import org.safetyportal.content.ledger.StoredPublication;
import org.safetyportal.content.ledger.StoredRows;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;

@Singleton
class OversightRepository {

    private final DSLContext dsl;
    private final OrganizationDirectory organization;
    private final PublicationTimeliness timeliness;
    private final CityClock city;

    OversightRepository(DSLContext dsl, OrganizationDirectory organization, PublicationTimeliness timeliness, CityClock city) {
        this.dsl = dsl;
        this.organization = organization;
        this.timeliness = timeliness;
        this.city = city;
    }

    Optional<OversightResult> result(int id) {
        return dsl.selectFrom(OVERSIGHT_RESULT).where(OVERSIGHT_RESULT.ID.eq(id)).fetchOptional()
                .map(r -> toResults(List.of(r)).get(0));
    }

    Optional<OversightResult> byCode(String resultCode) {
        return dsl.selectFrom(OVERSIGHT_RESULT).where(OVERSIGHT_RESULT.RESULT_CODE.eq(resultCode)).fetchOptional()
                .map(r -> toResults(List.of(r)).get(0));
    }

    boolean codeExists(String resultCode) {
        return dsl.fetchExists(OVERSIGHT_RESULT, OVERSIGHT_RESULT.RESULT_CODE.eq(resultCode));
    }

    long count() {
        return dsl.fetchCount(OVERSIGHT_RESULT);
    }

    /** Newest decision first; ties by result code, so pages never overlap. */
    List<OversightResult> search(OversightFilter filter, int offset, int limit) {
        return toResults(dsl.selectFrom(OVERSIGHT_RESULT)
                .where(condition(filter))
                .orderBy(OVERSIGHT_RESULT.DECISION_DATE.desc(), OVERSIGHT_RESULT.RESULT_CODE)
                .offset(offset).limit(limit)
                .fetch());
    }

    long count(OversightFilter filter) {
        return dsl.fetchCount(OVERSIGHT_RESULT, condition(filter));
    }

    /** The years that have results, newest first. */
    List<Integer> years() {
        return dsl.selectDistinct(OVERSIGHT_RESULT.RESULT_YEAR).from(OVERSIGHT_RESULT)
                .orderBy(OVERSIGHT_RESULT.RESULT_YEAR.desc()).fetch(OVERSIGHT_RESULT.RESULT_YEAR);
    }

    /** Results of the given conducting departments that require rectification and have no report yet. */
    List<OversightResult> awaitingReport(Collection<Integer> conductingDepartmentIds) {
        return toResults(dsl.selectFrom(OVERSIGHT_RESULT)
                .where(OVERSIGHT_RESULT.CONDUCTING_DEPARTMENT_ID.in(conductingDepartmentIds))
                .and(OVERSIGHT_RESULT.RECTIFICATION_REQUIREMENTS.isNotNull())
                .andNotExists(DSL.selectOne().from(OVERSIGHT_RECTIFICATION_REPORT)
                        .where(OVERSIGHT_RECTIFICATION_REPORT.RESULT_ID.eq(OVERSIGHT_RESULT.ID)))
                .orderBy(OVERSIGHT_RESULT.RECTIFICATION_DEADLINE, OVERSIGHT_RESULT.RESULT_CODE)
                .fetch());
    }

    int insert(NewOversightResult r, Integer inspectedAreaId, String publishedBy, Instant publishedAt,
            String contentHash) {
        dsl.insertInto(OVERSIGHT_RESULT)
                .set(OVERSIGHT_RESULT.RESULT_CODE, r.resultCode())
                .set(OVERSIGHT_RESULT.KIND, r.kind().name())
                .set(OVERSIGHT_RESULT.CONDUCTING_DEPARTMENT_ID, r.conductingDepartmentId())
                .set(OVERSIGHT_RESULT.INSPECTED_AREA_ID, inspectedAreaId)
                .set(OVERSIGHT_RESULT.INSPECTED_DEPARTMENT_ID, r.inspectedDepartmentId())
                .set(OVERSIGHT_RESULT.DOCUMENT_NO, r.documentNo())
                .set(OVERSIGHT_RESULT.PERIOD_START, r.periodStart())
                .set(OVERSIGHT_RESULT.PERIOD_END, r.periodEnd())
                .set(OVERSIGHT_RESULT.RESULT_YEAR, r.year())
                .set(OVERSIGHT_RESULT.FINDINGS, r.findings())
                .set(OVERSIGHT_RESULT.GRADE, r.grade() == null ? null : r.grade().name())
                .set(OVERSIGHT_RESULT.SCORE, r.score())
                .set(OVERSIGHT_RESULT.RECTIFICATION_REQUIREMENTS, r.rectificationRequirements())
                .set(OVERSIGHT_RESULT.RECTIFICATION_DEADLINE, r.rectificationDeadline())
                .set(OVERSIGHT_RESULT.DECISION_DATE, r.decisionDate())
                .set(OVERSIGHT_RESULT.PUBLICATION_DATE, r.publishedElsewhereOn())
                .set(OVERSIGHT_RESULT.PUBLISHED_BY, publishedBy)
                .set(OVERSIGHT_RESULT.PUBLISHED_AT, LocalDateTime.ofInstant(publishedAt, ZoneOffset.UTC))
                .set(OVERSIGHT_RESULT.CONTENT_HASH, contentHash)
                .execute();
        // Read back by the unique code: MariaDB through Connector/J cannot run INSERT ... RETURNING.
        return dsl.select(OVERSIGHT_RESULT.ID).from(OVERSIGHT_RESULT)
                .where(OVERSIGHT_RESULT.RESULT_CODE.eq(r.resultCode()))
                .fetchSingle(OVERSIGHT_RESULT.ID);
    }

    Optional<RectificationReport> report(int id) {
        return dsl.selectFrom(OVERSIGHT_RECTIFICATION_REPORT).where(OVERSIGHT_RECTIFICATION_REPORT.ID.eq(id))
                .fetchOptional(OversightRepository::toReport);
    }

    /** Locks the result until the transaction ends, so that of two reports filed at the same moment the second is refused. */
    void lock(int resultId) {
        dsl.select(OVERSIGHT_RESULT.ID).from(OVERSIGHT_RESULT).where(OVERSIGHT_RESULT.ID.eq(resultId)).forUpdate().fetch();
    }

    boolean reportExists(int resultId) {
        return dsl.fetchExists(OVERSIGHT_RECTIFICATION_REPORT, OVERSIGHT_RECTIFICATION_REPORT.RESULT_ID.eq(resultId));
    }

    int insertReport(int resultId, NewRectificationReport r, String filedBy, Instant filedAt, String contentHash) {
        dsl.insertInto(OVERSIGHT_RECTIFICATION_REPORT)
                .set(OVERSIGHT_RECTIFICATION_REPORT.RESULT_ID, resultId)
                .set(OVERSIGHT_RECTIFICATION_REPORT.REPORT_DATE, r.reportDate())
                .set(OVERSIGHT_RECTIFICATION_REPORT.SUMMARY, r.summary())
                .set(OVERSIGHT_RECTIFICATION_REPORT.PUBLICATION_DATE, r.publicationDate())
                .set(OVERSIGHT_RECTIFICATION_REPORT.FILED_BY, filedBy)
                .set(OVERSIGHT_RECTIFICATION_REPORT.FILED_AT, LocalDateTime.ofInstant(filedAt, ZoneOffset.UTC))
                .set(OVERSIGHT_RECTIFICATION_REPORT.CONTENT_HASH, contentHash)
                .execute();
        // At most one report per result: the result id is the report's unique key.
        return dsl.select(OVERSIGHT_RECTIFICATION_REPORT.ID).from(OVERSIGHT_RECTIFICATION_REPORT)
                .where(OVERSIGHT_RECTIFICATION_REPORT.RESULT_ID.eq(resultId))
                .fetchSingle(OVERSIGHT_RECTIFICATION_REPORT.ID);
    }

    private static Condition condition(OversightFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.kind() != null) {
            condition = condition.and(OVERSIGHT_RESULT.KIND.eq(filter.kind().name()));
        }
        if (filter.year() != null) {
            condition = condition.and(OVERSIGHT_RESULT.RESULT_YEAR.eq(filter.year()));
        }
        if (filter.areaCode() != null) {
            var area = DSL.select(AREA.ID).from(AREA).where(AREA.CODE.eq(filter.areaCode()));
            condition = condition.and(OVERSIGHT_RESULT.INSPECTED_AREA_ID.in(area)
                    .or(OVERSIGHT_RESULT.INSPECTED_DEPARTMENT_ID.in(
                            DSL.select(DEPARTMENT.ID).from(DEPARTMENT).where(DEPARTMENT.AREA_ID.in(area)))));
        }
        if (filter.departmentCode() != null) {
            condition = condition.and(OVERSIGHT_RESULT.INSPECTED_DEPARTMENT_ID.in(
                    DSL.select(DEPARTMENT.ID).from(DEPARTMENT).where(DEPARTMENT.CODE.eq(filter.departmentCode()))));
        }
        return condition;
    }

    private List<OversightResult> toResults(List<OversightResultRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        Map<Integer, Department> governments = organization.departments().stream().filter(Department::isGovernment)
                .collect(Collectors.toMap(d -> d.area().id(), Function.identity()));
        Map<Integer, RectificationReport> reports = dsl.selectFrom(OVERSIGHT_RECTIFICATION_REPORT)
                .where(OVERSIGHT_RECTIFICATION_REPORT.RESULT_ID.in(records.stream().map(OversightResultRecord::getId).toList()))
                .fetch(OversightRepository::toReport).stream()
                .collect(Collectors.toMap(RectificationReport::resultId, Function.identity()));
        return records.stream().map(r -> toResult(r, governments, reports.get(r.getId()))).toList();
    }

    /** @param governments each area's government by the area's id */
    private OversightResult toResult(OversightResultRecord r, Map<Integer, Department> governments, RectificationReport report) {
        InspectedParty party = r.getInspectedAreaId() != null
                ? InspectedParty.government(governments.get(r.getInspectedAreaId()))
                : InspectedParty.department(organization.department(r.getInspectedDepartmentId()).orElseThrow());
        Instant publishedAt = r.getPublishedAt().toInstant(ZoneOffset.UTC);
        LocalDate publishedOn = city.dateOf(publishedAt);
        return new OversightResult(r.getId(), r.getResultCode(), OversightKind.valueOf(r.getKind()),
                organization.department(r.getConductingDepartmentId()).orElseThrow(), party, r.getDocumentNo(),
                r.getPeriodStart(), r.getPeriodEnd(), r.getResultYear(), r.getFindings(),
                r.getGrade() == null ? null : AssessmentGrade.valueOf(r.getGrade()), r.getScore(),
                r.getRectificationRequirements(), r.getRectificationDeadline(), r.getDecisionDate(),
                publishedOn, r.getPublicationDate(), timeliness.isLate(r.getDecisionDate(), publishedOn),
                r.getPublishedBy(), publishedAt, r.getContentHash(), report);
    }

    private static RectificationReport toReport(OversightRectificationReportRecord r) {
        return new RectificationReport(r.getId(), r.getResultId(), r.getReportDate(), r.getSummary(),
                r.getPublicationDate(), r.getFiledBy(), r.getFiledAt().toInstant(ZoneOffset.UTC), r.getContentHash());
    }

    /** Every row of oversight_result as stored, for the verifier to hold against the chain. */
    List<StoredPublication> storedResults() {
        return StoredRows.read(dsl, OversightContentSource.PREFIX, OVERSIGHT_RESULT.ID, OVERSIGHT_RESULT.CONTENT_HASH, OVERSIGHT_RESULT.PUBLISHED_AT);
    }

    /** Every row of oversight_rectification_report as stored, for the verifier to hold against the chain. */
    List<StoredPublication> storedReports() {
        return StoredRows.read(dsl, RectificationReportContentSource.PREFIX, OVERSIGHT_RECTIFICATION_REPORT.ID, OVERSIGHT_RECTIFICATION_REPORT.CONTENT_HASH, OVERSIGHT_RECTIFICATION_REPORT.FILED_AT);
    }
}
