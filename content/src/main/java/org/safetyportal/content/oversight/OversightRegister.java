package org.safetyportal.content.oversight;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.CurrentRights;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.ledger.LedgerEntry;
import org.safetyportal.content.ledger.PublicationLedger;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.AreaKind;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.publishing.PublicationKind;
import org.safetyportal.content.publishing.PublicationRecorder;

/**
 * The register of 巡查/考核/督查 results (巡、考、督情况公开). A publisher of the conducting department
 * publishes a result; it goes to the publication ledger in the same transaction and is never changed
 * afterwards. The rectification report filed later is an event of its own with its own ledger entry.
 * Anyone may search the register and read each result under its code.
 */
@Singleton
public class OversightRegister {

    public static final String LEDGER_EVENT = "oversight.published";
    public static final String REPORT_LEDGER_EVENT = "oversight.rectification.reported";
    public static final int MAX_CODE = OversightRules.MAX_CODE;
    public static final int MAX_TEXT = OversightRules.MAX_TEXT;
    /** Codes become permalinks ({@code /oversight/{code}}), so they are kept to URL-safe characters. */

    private static final PublicationKind PUBLISHED = new PublicationKind(LEDGER_EVENT, OversightContentSource.PREFIX,
            OversightAuditActions.PUBLISHED);
    private static final PublicationKind REPORTED = new PublicationKind(REPORT_LEDGER_EVENT,
            RectificationReportContentSource.PREFIX, OversightAuditActions.RECTIFICATION_REPORTED);

    private final OversightRepository repository;
    private final PublicationRecorder recorder;
    private final OrganizationDirectory organization;
    private final CityClock clock;
    private final CurrentRights rights;
    private final PublicationLedger ledger;

    OversightRegister(OversightRepository repository, PublicationRecorder recorder, OrganizationDirectory organization,
            CityClock clock, CurrentRights rights, PublicationLedger ledger) {
        this.ledger = ledger;
        this.repository = repository;
        this.recorder = recorder;
        this.organization = organization;
        this.clock = clock;
        this.rights = rights;
    }

    /** Publishes one result for the actor's department (the conducting one); answers it as stored. */
    public OversightResult publish(Actor actor, NewOversightResult input) {
        Department conductor = organization.department(input.conductingDepartmentId())
                .orElseThrow(() -> new ValidationException("oversight.conductor.unknown"));
        actor.require(Permissions.PUBLISH_OVERSIGHT, conductor.id(), null);
        NewOversightResult result = OversightRules.normalized(input);
        InspectedParty party = checked(result, conductor);
        String areaCode = party.isGovernment() ? party.area().code() : null;
        String departmentCode = party.isGovernment() ? null : party.department().code();
        return recorder.inTransaction(actor, recording -> {
            recording.actor().require(Permissions.PUBLISH_OVERSIGHT, conductor.id(), null);
            recording.takeTurn();
            if (repository.codeExists(result.resultCode())) {
                throw new ValidationException("oversight.code.exists", result.resultCode());
            }
            String canonical = OversightContentSource.canonical(result.resultCode(), result.kind(), conductor.code(),
                    areaCode, departmentCode, result.documentNo(), result.periodStart(), result.periodEnd(),
                    result.year(), result.findings(), result.grade(), result.score(),
                    result.rectificationRequirements(), result.rectificationDeadline(), result.decisionDate(),
                    result.publishedElsewhereOn(), actor.username());
            int id = recording.publish(PUBLISHED, canonical, (at, hash) -> repository.insert(result,
                    party.isGovernment() ? party.area().id() : null, actor.username(), at, hash), result.resultCode());
            return repository.result(id).orElseThrow();
        });
    }

    /** Publishes the inspected party's rectification report on a result of the actor's department. */
    public OversightResult fileRectificationReport(Actor actor, NewRectificationReport input) {
        String code = OversightRules.text(input.resultCode());
        OversightResult result = (code == null ? Optional.<OversightResult>empty() : repository.byCode(code))
                .orElseThrow(() -> new ValidationException("oversight.result.unknown", String.valueOf(code)));
        actor.require(Permissions.PUBLISH_OVERSIGHT, result.conductingDepartment().id(), null);
        NewRectificationReport report = new NewRectificationReport(code, input.reportDate(), OversightRules.text(input.summary()),
                input.publicationDate());
        OversightRules.checkReport(report, result, today());
        return recorder.inTransaction(actor, recording -> {
            recording.actor().require(Permissions.PUBLISH_OVERSIGHT, result.conductingDepartment().id(), null);
            repository.lock(result.id());
            if (repository.reportExists(result.id())) {
                throw new ValidationException("oversight.report.exists", result.resultCode());
            }
            String canonical = RectificationReportContentSource.canonical(result.resultCode(), report.reportDate(),
                    report.summary(), report.publicationDate(), actor.username());
            recording.publish(REPORTED, canonical,
                    (at, hash) -> repository.insertReport(result.id(), report, actor.username(), at, hash), result.resultCode());
            return repository.result(result.id()).orElseThrow();
        });
    }

    /** Published results matching the filter, newest decision first. */
    public List<OversightResult> search(OversightFilter filter, int offset, int limit) {
        return repository.search(checked(filter), offset, limit);
    }

    public long count(OversightFilter filter) {
        return repository.count(checked(filter));
    }

    /** The result published under this code, if any. */
    public Optional<OversightResult> byCode(String resultCode) {
        if (resultCode == null || !OversightRules.CODE.matcher(resultCode).matches() || resultCode.length() > MAX_CODE) {
            return Optional.empty();
        }
        return repository.byCode(resultCode);
    }

    /** The years that have results, newest first. */
    public List<Integer> years() {
        return repository.years();
    }

    /**
     * The newest results and rectification reports as the ledger records them, newest first, each with its
     * entry: what the feed announces. The results they name are read in one go, never one query per entry.
     */
    public List<OversightPublication> recentPublications(int limit) {
        List<LedgerEntry> entries = ledger.latest(List.of(LEDGER_EVENT, REPORT_LEDGER_EVENT), limit);
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<String, OversightPublication> bySubject = new HashMap<>();
        for (OversightResult result : repository.search(OversightFilter.all(), 0, Integer.MAX_VALUE)) {
            bySubject.put(result.ledgerSubject(), new OversightPublication(null, result, null));
            result.rectificationReport().ifPresent(report ->
                    bySubject.put(report.ledgerSubject(), new OversightPublication(null, result, report)));
        }
        return entries.stream().filter(e -> bySubject.containsKey(e.subject()))
                .map(e -> new OversightPublication(e, bySubject.get(e.subject()).result(), bySubject.get(e.subject()).report()))
                .toList();
    }

    public boolean isEmpty() {
        return repository.count() == 0;
    }

    /** The departments the actor may publish results for. */
    public List<Department> conductingDepartments(Actor actor) {
        return organization.departmentsFor(rights.of(actor), Permissions.PUBLISH_OVERSIGHT);
    }

    /** Results of the actor's departments that require rectification and still lack a report. */
    public List<OversightResult> awaitingReport(Actor actor) {
        List<Integer> departments = conductingDepartments(actor).stream().map(Department::id).toList();
        return departments.isEmpty() ? List.of() : repository.awaitingReport(departments);
    }

    /** Everyone who can be inspected: every county government, then every department. */
    public List<InspectedParty> inspectableParties() {
        List<InspectedParty> governments = organization.departments().stream()
                .filter(d -> d.isGovernment() && d.area().kind() == AreaKind.COUNTY).map(InspectedParty::government).toList();
        List<InspectedParty> departments = organization.departmentsOtherThanGovernments().stream()
                .map(InspectedParty::department).toList();
        return Stream.concat(governments.stream(), departments.stream()).toList();
    }

    /** Today in the city, for where a rectification stands. */
    public LocalDate today() {
        return clock.today();
    }

    private OversightFilter checked(OversightFilter filter) {
        if (filter.areaCode() != null && organization.area(filter.areaCode()).isEmpty()) {
            throw new ValidationException("oversight.area.unknown", filter.areaCode());
        }
        if (filter.departmentCode() != null
                && organization.department(filter.departmentCode()).isEmpty()) {
            throw new ValidationException("oversight.department.unknown", filter.departmentCode());
        }
        return filter;
    }

    /** The rules of the result itself, and the inspected party against the directory. */
    private InspectedParty checked(NewOversightResult r, Department conductor) {
        OversightRules.checkIdentity(r);
        InspectedParty party = party(r, conductor);
        OversightRules.checkContent(r, today());
        return party;
    }

    private InspectedParty party(NewOversightResult r, Department conductor) {
        if ((r.inspectedAreaCode() == null) == (r.inspectedDepartmentId() == null)) {
            throw new ValidationException("oversight.party.required");
        }
        boolean countyConductor = conductor.area().kind() == AreaKind.COUNTY;
        if (r.inspectedAreaCode() != null) {
            Area area = organization.area(r.inspectedAreaCode()).orElse(null);
            if (area == null || area.kind() != AreaKind.COUNTY) {
                throw new ValidationException("oversight.party.areaUnknown", r.inspectedAreaCode());
            }
            if (countyConductor) {
                throw new ValidationException("oversight.party.outsideConductor");
            }
            return InspectedParty.government(organization.department(Department.GOVERNMENT, area.code()).orElseThrow());
        }
        // A government is chosen by its area, so that it is stored and cited as every earlier result of it was.
        Department department = organization.department(r.inspectedDepartmentId()).filter(d -> !d.isGovernment())
                .orElseThrow(() -> new ValidationException("oversight.party.departmentUnknown"));
        if (department.id() == conductor.id()) {
            throw new ValidationException("oversight.party.self");
        }
        if (countyConductor && department.area().id() != conductor.area().id()) {
            throw new ValidationException("oversight.party.outsideConductor");
        }
        return InspectedParty.department(department);
    }
}
