package org.safetyportal.content.rectification;

import static org.safetyportal.content.internal.jooq.Tables.AREA;
import static org.safetyportal.content.internal.jooq.Tables.RECTIFICATION_COMPLETION;
import static org.safetyportal.content.internal.jooq.Tables.RECTIFICATION_PROBLEM;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
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
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.internal.jooq.tables.records.RectificationCompletionRecord;
import org.safetyportal.content.internal.jooq.tables.records.RectificationProblemRecord;
import org.safetyportal.content.ledger.StoredPublication;
import org.safetyportal.content.ledger.StoredRows;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.OrganizationDirectory;

@Singleton
class ProblemRepository {

    /** A problem exactly as stored, for the ledger. */
    record StoredProblem(NewProblem problem, String departmentCode, String recordedBy) {
    }

    /** A completion exactly as stored, for the ledger. */
    record StoredCompletion(String problemCode, LocalDate date, String note, String recordedBy) {
    }

    private final DSLContext dsl;
    private final OrganizationDirectory organization;
    private final CityClock clock;

    ProblemRepository(DSLContext dsl, OrganizationDirectory organization, CityClock clock) {
        this.dsl = dsl;
        this.organization = organization;
        this.clock = clock;
    }

    Optional<StoredProblem> problemForLedger(int id) {
        return dsl.selectFrom(RECTIFICATION_PROBLEM).where(RECTIFICATION_PROBLEM.ID.eq(id)).fetchOptional()
                .map(r -> new StoredProblem(input(r, areasById()),
                        organization.department(r.getDepartmentId()).orElseThrow().code(), r.getRecordedBy()));
    }

    Optional<StoredCompletion> completionForLedger(int id) {
        return dsl.select(RECTIFICATION_PROBLEM.PROBLEM_CODE, RECTIFICATION_COMPLETION.asterisk())
                .from(RECTIFICATION_COMPLETION).join(RECTIFICATION_PROBLEM)
                .on(RECTIFICATION_PROBLEM.ID.eq(RECTIFICATION_COMPLETION.PROBLEM_ID))
                .where(RECTIFICATION_COMPLETION.ID.eq(id)).fetchOptional()
                .map(r -> {
                    RectificationCompletionRecord c = r.into(RECTIFICATION_COMPLETION);
                    return new StoredCompletion(r.get(RECTIFICATION_PROBLEM.PROBLEM_CODE), c.getCompletedOn(), c.getNote(),
                            c.getRecordedBy());
                });
    }

    /** Locks the problem until the transaction ends, so that two completions at the same moment are taken in turn. */
    boolean lock(String problemCode) {
        return dsl.select(RECTIFICATION_PROBLEM.ID).from(RECTIFICATION_PROBLEM)
                .where(RECTIFICATION_PROBLEM.PROBLEM_CODE.eq(problemCode)).forUpdate().fetchOptional().isPresent();
    }

    Optional<RectificationProblem> byCode(String problemCode) {
        return toProblems(dsl.selectFrom(RECTIFICATION_PROBLEM).where(RECTIFICATION_PROBLEM.PROBLEM_CODE.eq(problemCode))
                .fetch()).stream().findFirst();
    }

    boolean codeExists(String problemCode) {
        return dsl.fetchExists(RECTIFICATION_PROBLEM, RECTIFICATION_PROBLEM.PROBLEM_CODE.eq(problemCode));
    }

    long count() {
        return dsl.fetchCount(RECTIFICATION_PROBLEM);
    }

    /** Newest finding first; ties by code, so pages never overlap. */
    List<RectificationProblem> search(ProblemFilter filter, int offset, int limit) {
        return toProblems(dsl.selectFrom(RECTIFICATION_PROBLEM).where(condition(filter))
                .orderBy(RECTIFICATION_PROBLEM.FOUND_DATE.desc(), RECTIFICATION_PROBLEM.PROBLEM_CODE)
                .offset(offset).limit(limit).fetch());
    }

    long count(ProblemFilter filter) {
        return dsl.fetchCount(RECTIFICATION_PROBLEM, condition(filter));
    }

    List<RectificationProblem> byHazard(String hazardCode) {
        return toProblems(dsl.selectFrom(RECTIFICATION_PROBLEM).where(RECTIFICATION_PROBLEM.HAZARD_CODE.eq(hazardCode))
                .orderBy(RECTIFICATION_PROBLEM.FOUND_DATE.desc(), RECTIFICATION_PROBLEM.PROBLEM_CODE).fetch());
    }

    List<RectificationProblem> byDepartment(int departmentId) {
        return toProblems(dsl.selectFrom(RECTIFICATION_PROBLEM).where(RECTIFICATION_PROBLEM.DEPARTMENT_ID.eq(departmentId))
                .orderBy(RECTIFICATION_PROBLEM.FOUND_DATE.desc(), RECTIFICATION_PROBLEM.PROBLEM_CODE).fetch());
    }

    int insert(NewProblem p, int areaId, String recordedBy, Instant recordedAt, String contentHash) {
        dsl.insertInto(RECTIFICATION_PROBLEM)
                .set(RECTIFICATION_PROBLEM.PROBLEM_CODE, p.problemCode())
                .set(RECTIFICATION_PROBLEM.DEPARTMENT_ID, p.departmentId())
                .set(RECTIFICATION_PROBLEM.SOURCE, p.source().name())
                .set(RECTIFICATION_PROBLEM.CAMPAIGN, p.campaign())
                .set(RECTIFICATION_PROBLEM.INSPECTED_PARTY, p.inspectedParty())
                .set(RECTIFICATION_PROBLEM.AREA_ID, areaId)
                .set(RECTIFICATION_PROBLEM.DESCRIPTION, p.description())
                .set(RECTIFICATION_PROBLEM.MEASURES, p.measures())
                .set(RECTIFICATION_PROBLEM.RESPONSIBLE_UNIT, p.responsibleUnit())
                .set(RECTIFICATION_PROBLEM.FOUND_DATE, p.foundDate())
                .set(RECTIFICATION_PROBLEM.DEADLINE, p.deadline())
                .set(RECTIFICATION_PROBLEM.HAZARD_CODE, p.hazardCode())
                .set(RECTIFICATION_PROBLEM.INSPECTION_CODE, p.inspectionCode())
                .set(RECTIFICATION_PROBLEM.OVERSIGHT_CODE, p.oversightCode())
                .set(RECTIFICATION_PROBLEM.RECORDED_BY, recordedBy)
                .set(RECTIFICATION_PROBLEM.RECORDED_AT, LocalDateTime.ofInstant(recordedAt, ZoneOffset.UTC))
                .set(RECTIFICATION_PROBLEM.CONTENT_HASH, contentHash)
                .execute();
        // Read back by the unique code: MariaDB through Connector/J cannot run INSERT ... RETURNING.
        return dsl.select(RECTIFICATION_PROBLEM.ID).from(RECTIFICATION_PROBLEM)
                .where(RECTIFICATION_PROBLEM.PROBLEM_CODE.eq(p.problemCode())).fetchSingle(RECTIFICATION_PROBLEM.ID);
    }

    int insertCompletion(int problemId, LocalDate date, String note, String recordedBy, Instant recordedAt, String contentHash) {
        dsl.insertInto(RECTIFICATION_COMPLETION)
                .set(RECTIFICATION_COMPLETION.PROBLEM_ID, problemId)
                .set(RECTIFICATION_COMPLETION.COMPLETED_ON, date)
                .set(RECTIFICATION_COMPLETION.NOTE, note)
                .set(RECTIFICATION_COMPLETION.RECORDED_BY, recordedBy)
                .set(RECTIFICATION_COMPLETION.RECORDED_AT, LocalDateTime.ofInstant(recordedAt, ZoneOffset.UTC))
                .set(RECTIFICATION_COMPLETION.CONTENT_HASH, contentHash)
                .execute();
        return dsl.select(RECTIFICATION_COMPLETION.ID).from(RECTIFICATION_COMPLETION)
                .where(RECTIFICATION_COMPLETION.PROBLEM_ID.eq(problemId)).fetchSingle(RECTIFICATION_COMPLETION.ID);
    }

    private Condition condition(ProblemFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.areaCode() != null) {
            condition = condition.and(RECTIFICATION_PROBLEM.AREA_ID.in(
                    DSL.select(AREA.ID).from(AREA).where(AREA.CODE.eq(filter.areaCode()))));
        }
        if (filter.source() != null) {
            condition = condition.and(RECTIFICATION_PROBLEM.SOURCE.eq(filter.source()));
        }
        Condition completed = DSL.exists(DSL.selectOne().from(RECTIFICATION_COMPLETION)
                .where(RECTIFICATION_COMPLETION.PROBLEM_ID.eq(RECTIFICATION_PROBLEM.ID)));
        if (ProblemFilter.OVERDUE.equals(filter.status())) {
            condition = condition.andNot(completed).and(RECTIFICATION_PROBLEM.DEADLINE.lt(clock.today()));
        } else if (ProblemStatus.RECTIFIED.name().equals(filter.status())) {
            condition = condition.and(completed);
        } else if (ProblemStatus.RECTIFYING.name().equals(filter.status())) {
            condition = condition.andNot(completed);
        }
        return condition;
    }

    private List<RectificationProblem> toProblems(List<RectificationProblemRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Integer, Area> areas = areasById();
        Map<Integer, ProblemCompletion> completions = dsl.selectFrom(RECTIFICATION_COMPLETION)
                .where(RECTIFICATION_COMPLETION.PROBLEM_ID.in(rows.stream().map(RectificationProblemRecord::getId).toList()))
                .fetch().stream().collect(Collectors.toMap(RectificationCompletionRecord::getProblemId, c -> new ProblemCompletion(
                        c.getId(), c.getCompletedOn(), c.getNote(), c.getRecordedBy(), c.getRecordedAt().toInstant(ZoneOffset.UTC),
                        c.getContentHash())));
        LocalDate today = clock.today();
        return rows.stream().map(r -> {
            ProblemCompletion completion = completions.get(r.getId());
            return new RectificationProblem(r.getId(), r.getProblemCode(),
                    organization.department(r.getDepartmentId()).orElseThrow(), ProblemSource.valueOf(r.getSource()),
                    r.getCampaign(), r.getInspectedParty(), areas.get(r.getAreaId()), r.getDescription(), r.getMeasures(),
                    r.getResponsibleUnit(), r.getFoundDate(), r.getDeadline(), r.getHazardCode(), r.getInspectionCode(),
                    r.getOversightCode(), r.getRecordedBy(), r.getRecordedAt().toInstant(ZoneOffset.UTC), r.getContentHash(),
                    completion, RectificationProblem.isOverdue(completion != null, r.getDeadline(), today));
        }).toList();
    }

    private static NewProblem input(RectificationProblemRecord r, Map<Integer, Area> areas) {
        return new NewProblem(r.getProblemCode(), r.getDepartmentId(), ProblemSource.valueOf(r.getSource()), r.getCampaign(),
                r.getInspectedParty(), areas.get(r.getAreaId()).code(), r.getDescription(), r.getMeasures(),
                r.getResponsibleUnit(), r.getFoundDate(), r.getDeadline(), r.getHazardCode(), r.getInspectionCode(),
                r.getOversightCode());
    }

    private Map<Integer, Area> areasById() {
        return organization.areas().stream().collect(Collectors.toMap(Area::id, Function.identity()));
    }

    /** Every row of rectification_problem as stored, for the verifier to hold against the chain. */
    List<StoredPublication> storedProblems() {
        return StoredRows.read(dsl, ProblemContentSource.PREFIX, RECTIFICATION_PROBLEM.ID, RECTIFICATION_PROBLEM.CONTENT_HASH,
                RECTIFICATION_PROBLEM.RECORDED_AT);
    }

    /** Every row of rectification_completion as stored, for the verifier to hold against the chain. */
    List<StoredPublication> storedCompletions() {
        return StoredRows.read(dsl, CompletionContentSource.PREFIX, RECTIFICATION_COMPLETION.ID,
                RECTIFICATION_COMPLETION.CONTENT_HASH, RECTIFICATION_COMPLETION.RECORDED_AT);
    }
}
