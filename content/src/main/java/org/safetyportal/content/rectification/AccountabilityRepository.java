package org.safetyportal.content.rectification;

import static org.safetyportal.content.internal.jooq.Tables.ACCOUNTABILITY_DECISION;
import static org.safetyportal.content.internal.jooq.Tables.RECTIFICATION_PROBLEM;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.safetyportal.content.internal.jooq.tables.records.AccountabilityDecisionRecord;
import org.safetyportal.content.ledger.StoredPublication;
import org.safetyportal.content.ledger.StoredRows;
import org.safetyportal.content.organization.OrganizationDirectory;

@Singleton
class AccountabilityRepository {

    /** A decision exactly as stored, for the ledger. */
    record StoredDecision(NewAccountability decision, String departmentCode, String recordedBy) {
    }

    private final DSLContext dsl;
    private final OrganizationDirectory organization;

    AccountabilityRepository(DSLContext dsl, OrganizationDirectory organization) {
        this.dsl = dsl;
        this.organization = organization;
    }

    Optional<StoredDecision> decisionForLedger(int id) {
        return dsl.selectFrom(ACCOUNTABILITY_DECISION).where(ACCOUNTABILITY_DECISION.ID.eq(id)).fetchOptional()
                .map(r -> new StoredDecision(input(r), organization.department(r.getDepartmentId()).orElseThrow().code(),
                        r.getRecordedBy()));
    }

    Optional<AccountabilityDecision> byCode(String decisionCode) {
        return dsl.selectFrom(ACCOUNTABILITY_DECISION).where(ACCOUNTABILITY_DECISION.DECISION_CODE.eq(decisionCode))
                .fetchOptional().map(this::toDecision);
    }

    boolean codeExists(String decisionCode) {
        return dsl.fetchExists(ACCOUNTABILITY_DECISION, ACCOUNTABILITY_DECISION.DECISION_CODE.eq(decisionCode));
    }

    long count() {
        return dsl.fetchCount(ACCOUNTABILITY_DECISION);
    }

    /** Newest decision first; ties by code, so pages never overlap. */
    List<AccountabilityDecision> search(AccountabilityFilter filter, int offset, int limit) {
        return dsl.selectFrom(ACCOUNTABILITY_DECISION).where(condition(filter))
                .orderBy(ACCOUNTABILITY_DECISION.DECISION_DATE.desc(), ACCOUNTABILITY_DECISION.DECISION_CODE)
                .offset(offset).limit(limit).fetch(this::toDecision);
    }

    long count(AccountabilityFilter filter) {
        return dsl.fetchCount(ACCOUNTABILITY_DECISION, condition(filter));
    }

    List<AccountabilityDecision> byProblem(String problemCode) {
        return linked(ACCOUNTABILITY_DECISION.PROBLEM_CODE.eq(problemCode));
    }

    /** About the hazard itself or about one of the problems linked to it. */
    List<AccountabilityDecision> byHazard(String hazardCode) {
        return linked(ACCOUNTABILITY_DECISION.HAZARD_CODE.eq(hazardCode).or(ACCOUNTABILITY_DECISION.PROBLEM_CODE.in(
                DSL.select(RECTIFICATION_PROBLEM.PROBLEM_CODE).from(RECTIFICATION_PROBLEM)
                        .where(RECTIFICATION_PROBLEM.HAZARD_CODE.eq(hazardCode)))));
    }

    List<AccountabilityDecision> byDepartment(int departmentId) {
        return linked(ACCOUNTABILITY_DECISION.DEPARTMENT_ID.eq(departmentId));
    }

    int insert(NewAccountability a, String recordedBy, Instant recordedAt, String contentHash) {
        dsl.insertInto(ACCOUNTABILITY_DECISION)
                .set(ACCOUNTABILITY_DECISION.DECISION_CODE, a.decisionCode())
                .set(ACCOUNTABILITY_DECISION.DEPARTMENT_ID, a.departmentId())
                .set(ACCOUNTABILITY_DECISION.HELD_UNIT, a.heldUnit())
                .set(ACCOUNTABILITY_DECISION.HELD_POST, a.heldPost())
                .set(ACCOUNTABILITY_DECISION.MEASURE, a.measure().name())
                .set(ACCOUNTABILITY_DECISION.REASON, a.reason())
                .set(ACCOUNTABILITY_DECISION.DECIDED_BY, a.decidedBy())
                .set(ACCOUNTABILITY_DECISION.DECISION_DATE, a.decisionDate())
                .set(ACCOUNTABILITY_DECISION.PROBLEM_CODE, a.problemCode())
                .set(ACCOUNTABILITY_DECISION.HAZARD_CODE, a.hazardCode())
                .set(ACCOUNTABILITY_DECISION.RECORDED_BY, recordedBy)
                .set(ACCOUNTABILITY_DECISION.RECORDED_AT, LocalDateTime.ofInstant(recordedAt, ZoneOffset.UTC))
                .set(ACCOUNTABILITY_DECISION.CONTENT_HASH, contentHash)
                .execute();
        return dsl.select(ACCOUNTABILITY_DECISION.ID).from(ACCOUNTABILITY_DECISION)
                .where(ACCOUNTABILITY_DECISION.DECISION_CODE.eq(a.decisionCode())).fetchSingle(ACCOUNTABILITY_DECISION.ID);
    }

    private List<AccountabilityDecision> linked(Condition condition) {
        return dsl.selectFrom(ACCOUNTABILITY_DECISION).where(condition)
                .orderBy(ACCOUNTABILITY_DECISION.DECISION_DATE.desc(), ACCOUNTABILITY_DECISION.DECISION_CODE)
                .fetch(this::toDecision);
    }

    private static Condition condition(AccountabilityFilter filter) {
        return filter.measure() == null ? DSL.noCondition() : ACCOUNTABILITY_DECISION.MEASURE.eq(filter.measure());
    }

    private AccountabilityDecision toDecision(AccountabilityDecisionRecord r) {
        return new AccountabilityDecision(r.getId(), r.getDecisionCode(),
                organization.department(r.getDepartmentId()).orElseThrow(), r.getHeldUnit(), r.getHeldPost(),
                AccountabilityMeasure.valueOf(r.getMeasure()), r.getReason(), r.getDecidedBy(), r.getDecisionDate(),
                r.getProblemCode(), r.getHazardCode(), r.getRecordedBy(), r.getRecordedAt().toInstant(ZoneOffset.UTC),
                r.getContentHash());
    }

    private static NewAccountability input(AccountabilityDecisionRecord r) {
        return new NewAccountability(r.getDecisionCode(), r.getDepartmentId(), r.getHeldUnit(), r.getHeldPost(),
                AccountabilityMeasure.valueOf(r.getMeasure()), r.getReason(), r.getDecidedBy(), r.getDecisionDate(),
                r.getProblemCode(), r.getHazardCode());
    }

    /** Every row of accountability_decision as stored, for the verifier to hold against the chain. */
    List<StoredPublication> storedDecisions() {
        return StoredRows.read(dsl, AccountabilityContentSource.PREFIX, ACCOUNTABILITY_DECISION.ID,
                ACCOUNTABILITY_DECISION.CONTENT_HASH, ACCOUNTABILITY_DECISION.RECORDED_AT);
    }
}
