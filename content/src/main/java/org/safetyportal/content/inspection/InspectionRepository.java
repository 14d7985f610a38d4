package org.safetyportal.content.inspection;

import static org.safetyportal.content.internal.jooq.Tables.AREA;
import static org.safetyportal.content.internal.jooq.Tables.INSPECTION_RECORD;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.safetyportal.content.internal.jooq.tables.records.InspectionRecordRecord;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.OrganizationDirectory;

@Singleton
class InspectionRepository {

    private final DSLContext dsl;
    private final OrganizationDirectory organization;

    InspectionRepository(DSLContext dsl, OrganizationDirectory organization) {
        this.dsl = dsl;
        this.organization = organization;
    }

    Optional<InspectionRecord> record(int id) {
        return dsl.selectFrom(INSPECTION_RECORD).where(INSPECTION_RECORD.ID.eq(id)).fetchOptional()
                .map(r -> toRecord(r, areasById()));
    }

    boolean codeExists(String recordCode) {
        return dsl.fetchExists(INSPECTION_RECORD, INSPECTION_RECORD.RECORD_CODE.eq(recordCode));
    }

    long count() {
        return dsl.fetchCount(INSPECTION_RECORD);
    }

    /** Newest inspection first; ties by record code, so pages never overlap. */
    List<InspectionRecord> search(InspectionFilter filter, int offset, int limit) {
        Map<Integer, Area> areas = areasById();
        return dsl.selectFrom(INSPECTION_RECORD)
                .where(condition(filter))
                .orderBy(INSPECTION_RECORD.INSPECTION_DATE.desc(), INSPECTION_RECORD.RECORD_CODE)
                .offset(offset).limit(limit)
                .fetch(r -> toRecord(r, areas));
    }

    long count(InspectionFilter filter) {
        return dsl.fetchCount(INSPECTION_RECORD, condition(filter));
    }

    List<InspectionRecord> byCreditCode(String creditCode) {
        Map<Integer, Area> areas = areasById();
        return dsl.selectFrom(INSPECTION_RECORD)
                .where(INSPECTION_RECORD.CREDIT_CODE.eq(creditCode))
                .orderBy(INSPECTION_RECORD.INSPECTION_DATE.desc(), INSPECTION_RECORD.RECORD_CODE)
                .fetch(r -> toRecord(r, areas));
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
                .set(INSPECTION_RECORD.PUBLICATION_DATE, record.publicationDate())
                .set(INSPECTION_RECORD.PUBLISHED_BY, publishedBy)
                .set(INSPECTION_RECORD.PUBLISHED_AT, LocalDateTime.ofInstant(publishedAt, ZoneOffset.UTC))
                .set(INSPECTION_RECORD.CONTENT_HASH, contentHash)
                .execute();
        // Read back by the unique record code: MariaDB through Connector/J cannot run INSERT ... RETURNING.
        return dsl.select(INSPECTION_RECORD.ID).from(INSPECTION_RECORD)
                .where(INSPECTION_RECORD.RECORD_CODE.eq(record.recordCode()))
                .fetchSingle(INSPECTION_RECORD.ID);
    }

    private static Condition condition(InspectionFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.areaCode() != null) {
            condition = condition.and(INSPECTION_RECORD.AREA_ID.in(
                    DSL.select(AREA.ID).from(AREA).where(AREA.CODE.eq(filter.areaCode()))));
        }
        if (filter.sectorCode() != null) {
            condition = condition.and(INSPECTION_RECORD.SECTOR_CODE.eq(filter.sectorCode()));
        }
        if (filter.departmentId() != null) {
            condition = condition.and(INSPECTION_RECORD.DEPARTMENT_ID.eq(filter.departmentId()));
        }
        if (filter.from() != null) {
            condition = condition.and(INSPECTION_RECORD.INSPECTION_DATE.ge(filter.from()));
        }
        if (filter.to() != null) {
            condition = condition.and(INSPECTION_RECORD.INSPECTION_DATE.le(filter.to()));
        }
        return condition;
    }

    private Map<Integer, Area> areasById() {
        return organization.areas().stream().collect(Collectors.toMap(Area::id, Function.identity()));
    }

    private InspectionRecord toRecord(InspectionRecordRecord r, Map<Integer, Area> areas) {
        return new InspectionRecord(r.getId(), r.getRecordCode(), InspectionKind.valueOf(r.getKind()),
                organization.department(r.getDepartmentId()).orElseThrow(), r.getEnterpriseName(), r.getCreditCode(),
                areas.get(r.getAreaId()), organization.sector(r.getSectorCode()).orElseThrow(), r.getInspectionDate(),
                r.getFindings(), r.getViolationBasis(), r.getViolationDescription(), r.getMeasures(), r.getDecisionNo(),
                r.getFineAmount(), r.getRectificationDeadline(), RectificationStatus.valueOf(r.getRectificationStatus()),
                r.getDecisionDate(), r.getPublicationDate(), r.getPublishedBy(),
                r.getPublishedAt().toInstant(ZoneOffset.UTC), r.getContentHash());
    }
}
