package org.safetyportal.content.rectification;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.CurrentRights;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.majorhazards.MajorHazardRegister;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.publishing.PublicationKind;
import org.safetyportal.content.publishing.PublicationRecorder;

/**
 * 追责问责清单: who was held to account, as a unit and a post (never a person's name), with which measure,
 * by which authority and when, for a problem of the 问题整改清单 and/or a listed major hazard. Recorded by
 * the publishers who list major hazards; each entry is an immutable row written to the publication ledger
 * in the same transaction.
 */
@Singleton
public class AccountabilityRegister {

    public static final String LEDGER_RECORDED = "accountability.recorded";

    private static final PublicationKind RECORDED = new PublicationKind(LEDGER_RECORDED, AccountabilityContentSource.PREFIX,
            RectificationAuditActions.ACCOUNTABILITY_RECORDED);

    private final AccountabilityRepository repository;
    private final PublicationRecorder recorder;
    private final OrganizationDirectory organization;
    private final CityClock clock;
    private final CurrentRights rights;
    private final ProblemRegister problems;
    private final MajorHazardRegister hazards;

    AccountabilityRegister(AccountabilityRepository repository, PublicationRecorder recorder,
            OrganizationDirectory organization, CityClock clock, CurrentRights rights, ProblemRegister problems,
            MajorHazardRegister hazards) {
        this.repository = repository;
        this.recorder = recorder;
        this.organization = organization;
        this.clock = clock;
        this.rights = rights;
        this.problems = problems;
        this.hazards = hazards;
    }

    /** Records a decision for the actor's department; answers it as stored. */
    public AccountabilityDecision record(Actor actor, NewAccountability input) {
        Department department = organization.department(input.departmentId())
                .orElseThrow(() -> new ValidationException("accountability.department.unknown"));
        actor.require(Permissions.LIST_HAZARDS, department.id(), null);
        NewAccountability decision = RectificationRules.normalized(input);
        RectificationRules.checkAccountability(decision, clock.today());
        if (decision.problemCode() != null && problems.byCode(decision.problemCode()).isEmpty()) {
            throw new ValidationException("accountability.problem.unknown", decision.problemCode());
        }
        if (decision.hazardCode() != null && hazards.byCode(decision.hazardCode()).isEmpty()) {
            throw new ValidationException("accountability.hazard.unknown", decision.hazardCode());
        }
        return recorder.inTransaction(actor, recording -> {
            recording.actor().require(Permissions.LIST_HAZARDS, department.id(), null);
            recording.takeTurn();
            if (repository.codeExists(decision.decisionCode())) {
                throw new ValidationException("accountability.decisionCode.exists", decision.decisionCode());
            }
            String canonical = AccountabilityContentSource.canonical(decision, department.code(), actor.username());
            recording.publish(RECORDED, canonical,
                    (at, hash) -> repository.insert(decision, actor.username(), at, hash), decision.decisionCode());
            return repository.byCode(decision.decisionCode()).orElseThrow();
        });
    }

    /** The departments for which this actor records decisions. */
    public List<Department> departmentsOf(Actor actor) {
        return organization.departmentsFor(rights.of(actor), Permissions.LIST_HAZARDS);
    }

    /** Every decision of the departments this actor works for, newest first. */
    public List<AccountabilityDecision> workOf(Actor actor) {
        Actor current = rights.of(actor);
        if (!current.isPermitted(Permissions.LIST_HAZARDS)) {
            throw new AccessDeniedException(Permissions.LIST_HAZARDS);
        }
        return departmentsOf(current).stream().flatMap(d -> repository.byDepartment(d.id()).stream())
                .sorted((a, b) -> b.decisionDate().compareTo(a.decisionDate())).toList();
    }

    /** Decisions matching the filter, newest first. */
    public List<AccountabilityDecision> search(AccountabilityFilter filter, int offset, int limit) {
        return repository.search(checked(filter), offset, limit);
    }

    public long count(AccountabilityFilter filter) {
        return repository.count(checked(filter));
    }

    public Optional<AccountabilityDecision> byCode(String decisionCode) {
        return decisionCode == null ? Optional.empty() : repository.byCode(decisionCode.strip());
    }

    /** The decisions about one problem of the 问题整改清单, newest first. */
    public List<AccountabilityDecision> ofProblem(String problemCode) {
        return problemCode == null ? List.of() : repository.byProblem(problemCode.strip());
    }

    /** The decisions about one listed major hazard or about a problem linked to it, newest first. */
    public List<AccountabilityDecision> ofHazard(String hazardCode) {
        return hazardCode == null ? List.of() : repository.byHazard(hazardCode.strip());
    }

    public LocalDate today() {
        return clock.today();
    }

    public boolean isEmpty() {
        return repository.count() == 0;
    }

    private static AccountabilityFilter checked(AccountabilityFilter filter) {
        if (filter.measure() != null
                && Arrays.stream(AccountabilityMeasure.values()).noneMatch(m -> m.name().equals(filter.measure()))) {
            throw new ValidationException("accountability.measure.unknown", filter.measure());
        }
        return filter;
    }
}
