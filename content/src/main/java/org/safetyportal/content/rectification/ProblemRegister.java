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
import org.safetyportal.content.inspection.InspectionRegister;
import org.safetyportal.content.majorhazards.MajorHazardRegister;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.AreaKind;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.oversight.OversightRegister;
import org.safetyportal.content.publishing.PublicationKind;
import org.safetyportal.content.publishing.PublicationRecorder;

/**
 * 问题整改清单: the problems found by safety inspections and special campaigns, each with its measures,
 * responsible unit and deadline, published beside the 挂牌督办清单 and linked to the major hazard, the
 * inspection record and the oversight result it came from. The publishers who list major hazards record
 * them (the same permission: it is the same work of the same department); an entry and its completion
 * are immutable rows, each written to the publication ledger in the same transaction.
 */
@Singleton
public class ProblemRegister {

    public static final String LEDGER_RECORDED = "rectification-problem.recorded";
    public static final String LEDGER_COMPLETED = "rectification-problem.completed";

    private static final PublicationKind RECORDED = new PublicationKind(LEDGER_RECORDED, ProblemContentSource.PREFIX,
            RectificationAuditActions.PROBLEM_RECORDED);
    private static final PublicationKind COMPLETED = new PublicationKind(LEDGER_COMPLETED, CompletionContentSource.PREFIX,
            RectificationAuditActions.PROBLEM_COMPLETED);

    private final ProblemRepository repository;
    private final PublicationRecorder recorder;
    private final OrganizationDirectory organization;
    private final CityClock clock;
    private final CurrentRights rights;
    private final MajorHazardRegister hazards;
    private final InspectionRegister inspections;
    private final OversightRegister oversight;

    ProblemRegister(ProblemRepository repository, PublicationRecorder recorder, OrganizationDirectory organization,
            CityClock clock, CurrentRights rights, MajorHazardRegister hazards, InspectionRegister inspections,
            OversightRegister oversight) {
        this.repository = repository;
        this.recorder = recorder;
        this.organization = organization;
        this.clock = clock;
        this.rights = rights;
        this.hazards = hazards;
        this.inspections = inspections;
        this.oversight = oversight;
    }

    /** Records a problem for the actor's department; answers it as stored. */
    public RectificationProblem record(Actor actor, NewProblem input) {
        Department department = organization.department(input.departmentId())
                .orElseThrow(() -> new ValidationException("rectification.department.unknown"));
        actor.require(Permissions.LIST_HAZARDS, department.id(), null);
        NewProblem problem = RectificationRules.normalized(input);
        RectificationRules.checkProblem(problem, clock.today());
        Area area = checkedPlace(problem.areaCode(), department);
        checkLinks(problem);
        return recorder.inTransaction(actor, recording -> {
            recording.actor().require(Permissions.LIST_HAZARDS, department.id(), null);
            recording.takeTurn();
            if (repository.codeExists(problem.problemCode())) {
                throw new ValidationException("rectification.problemCode.exists", problem.problemCode());
            }
            String canonical = ProblemContentSource.canonical(problem, department.code(), actor.username());
            recording.publish(RECORDED, canonical,
                    (at, hash) -> repository.insert(problem, area.id(), actor.username(), at, hash), problem.problemCode());
            return repository.byCode(problem.problemCode()).orElseThrow();
        });
    }

    /** Records that a problem's rectification is complete (整改完成), once. */
    public RectificationProblem complete(Actor actor, String problemCode, LocalDate date, String note) {
        String code = problemCode == null ? "" : problemCode.strip();
        String text = note == null || note.isBlank() ? null : note.strip();
        return recorder.inTransaction(actor, recording -> {
            if (!repository.lock(code)) {
                throw new ValidationException("rectification.unknown", String.valueOf(problemCode));
            }
            RectificationProblem problem = repository.byCode(code).orElseThrow();
            recording.actor().require(Permissions.LIST_HAZARDS, problem.department().id(), null);
            RectificationRules.checkCompletion(problem, date, text, clock.today());
            String canonical = CompletionContentSource.canonical(code, date, text, actor.username());
            recording.publish(COMPLETED, canonical,
                    (at, hash) -> repository.insertCompletion(problem.id(), date, text, actor.username(), at, hash), code);
            return repository.byCode(code).orElseThrow();
        });
    }

    /** Whether this actor may record the completion of this problem now. */
    public boolean mayComplete(Actor actor, RectificationProblem problem) {
        return problem.completion().isEmpty()
                && rights.of(actor).isPermitted(Permissions.LIST_HAZARDS, problem.department().id(), null);
    }

    /** The departments whose problems this actor records. */
    public List<Department> departmentsOf(Actor actor) {
        return organization.departmentsFor(rights.of(actor), Permissions.LIST_HAZARDS);
    }

    /** Every problem of the departments this actor works for, newest finding first. */
    public List<RectificationProblem> workOf(Actor actor) {
        Actor current = rights.of(actor);
        if (!current.isPermitted(Permissions.LIST_HAZARDS)) {
            throw new AccessDeniedException(Permissions.LIST_HAZARDS);
        }
        return departmentsOf(current).stream().flatMap(d -> repository.byDepartment(d.id()).stream())
                .sorted((a, b) -> b.foundDate().compareTo(a.foundDate())).toList();
    }

    /** Problems matching the filter, newest finding first. */
    public List<RectificationProblem> search(ProblemFilter filter, int offset, int limit) {
        return repository.search(checked(filter), offset, limit);
    }

    public long count(ProblemFilter filter) {
        return repository.count(checked(filter));
    }

    public Optional<RectificationProblem> byCode(String problemCode) {
        return problemCode == null ? Optional.empty() : repository.byCode(problemCode.strip());
    }

    /** The problems linked to one major hazard, newest finding first. */
    public List<RectificationProblem> ofHazard(String hazardCode) {
        return hazardCode == null ? List.of() : repository.byHazard(hazardCode.strip());
    }

    /** The day OVERDUE is reckoned on (Jincheng time). */
    public LocalDate today() {
        return clock.today();
    }

    public boolean isEmpty() {
        return repository.count() == 0;
    }

    private ProblemFilter checked(ProblemFilter filter) {
        if (filter.areaCode() != null && organization.area(filter.areaCode()).isEmpty()) {
            throw new ValidationException("rectification.area.unknown", filter.areaCode());
        }
        if (filter.source() != null && Arrays.stream(ProblemSource.values()).noneMatch(s -> s.name().equals(filter.source()))) {
            throw new ValidationException("rectification.source.unknown", filter.source());
        }
        if (filter.status() != null && !ProblemFilter.OVERDUE.equals(filter.status())
                && Arrays.stream(ProblemStatus.values()).noneMatch(s -> s.name().equals(filter.status()))) {
            throw new ValidationException("rectification.status.unknown", filter.status());
        }
        return filter;
    }

    private Area checkedPlace(String areaCode, Department department) {
        Area area = areaCode == null ? null : organization.area(areaCode).orElse(null);
        if (area == null || area.kind() != AreaKind.COUNTY) {
            throw new ValidationException("rectification.area.unknown", String.valueOf(areaCode));
        }
        if (department.area().kind() == AreaKind.COUNTY && department.area().id() != area.id()) {
            throw new ValidationException("rectification.area.outsideDepartment");
        }
        return area;
    }

    /** Each entry named as the origin must be published: a link never points nowhere. */
    private void checkLinks(NewProblem problem) {
        if (problem.hazardCode() != null && hazards.byCode(problem.hazardCode()).isEmpty()) {
            throw new ValidationException("rectification.hazard.unknown", problem.hazardCode());
        }
        if (problem.inspectionCode() != null && inspections.find(problem.inspectionCode()).isEmpty()) {
            throw new ValidationException("rectification.inspection.unknown", problem.inspectionCode());
        }
        if (problem.oversightCode() != null && oversight.byCode(problem.oversightCode()).isEmpty()) {
            throw new ValidationException("rectification.oversight.unknown", problem.oversightCode());
        }
    }
}
