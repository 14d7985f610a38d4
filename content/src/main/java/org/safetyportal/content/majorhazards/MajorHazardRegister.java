package org.safetyportal.content.majorhazards;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.FourEyesViolation;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.CurrentRights;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.inspection.CreditCode;
import org.safetyportal.content.ledger.LedgerEntry;
import org.safetyportal.content.ledger.PublicationLedger;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.AreaKind;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.publishing.PublicationKind;
import org.safetyportal.content.publishing.PublicationRecorder;

/**
 * 重大隐患挂牌督办: the register of major hazards listed for supervised rectification. A publisher of
 * the listing department lists a hazard with its 五落实 and records each step of the rectification;
 * a reviewer of that department who neither listed it nor recorded its rectification signs off
 * the acceptance (验收销号) or sends the rectification back. The listing and every step are immutable rows, each written to
 * the publication ledger in the same transaction.
 */
@Singleton
public class MajorHazardRegister {

    public static final String LEDGER_LISTED = "major-hazard.listed";
    public static final String LEDGER_STATUS = "major-hazard.status";

    private static final PublicationKind LISTED = new PublicationKind(LEDGER_LISTED, MajorHazardContentSource.PREFIX,
            HazardAuditActions.LISTED);
    private static final PublicationKind STATUS_CHANGED = new PublicationKind(LEDGER_STATUS, HazardEventContentSource.PREFIX,
            HazardAuditActions.STATUS_CHANGED);

    private final MajorHazardRepository repository;
    private final PublicationRecorder recorder;
    private final OrganizationDirectory organization;
    private final CityClock clock;
    private final CurrentRights rights;
    private final PublicationLedger ledger;

    MajorHazardRegister(MajorHazardRepository repository, PublicationRecorder recorder, OrganizationDirectory organization,
            CityClock clock, CurrentRights rights, PublicationLedger ledger) {
        this.ledger = ledger;
        this.repository = repository;
        this.recorder = recorder;
        this.organization = organization;
        this.clock = clock;
        this.rights = rights;
    }

    /** Lists a major hazard for the actor's department; answers it as stored. */
    public MajorHazard list(Actor actor, NewMajorHazard input) {
        Department department = organization.department(input.departmentId())
                .orElseThrow(() -> new ValidationException("hazards.department.unknown"));
        actor.require(Permissions.LIST_HAZARDS, department.id(), null);
        NewMajorHazard hazard = HazardRules.normalized(input);
        HazardRules.checkListing(hazard, clock.today());
        Area area = checkedPlace(hazard, department);
        return recorder.inTransaction(actor, recording -> {
            recording.actor().require(Permissions.LIST_HAZARDS, department.id(), null);
            recording.takeTurn();
            if (repository.codeExists(hazard.registerCode())) {
                throw new ValidationException("hazards.registerCode.exists", hazard.registerCode());
            }
            String canonical = MajorHazardContentSource.canonical(hazard, department.code(), area.code(), actor.username());
            int id = recording.publish(LISTED, canonical,
                    (at, hash) -> repository.insert(hazard, area.id(), actor.username(), at, hash), hazard.registerCode());
            return repository.hazard(id).orElseThrow();
        });
    }

    /**
     * Records the next step of a listed hazard. Publishers of the listing department record the
     * rectification; the steps from "rectified, awaiting acceptance" are the acceptance, taken by a
     * reviewer of that department who neither listed the hazard nor recorded its rectification.
     */
    public MajorHazard recordStep(Actor actor, String registerCode, StatusChange input) {
        String code = registerCode == null ? "" : registerCode.strip();
        return recorder.deciding(actor, recording -> {
            Actor current = recording.actor();
            if (!repository.lock(code)) {
                throw new ValidationException("hazards.unknown", String.valueOf(registerCode));
            }
            MajorHazard hazard = repository.byCode(code).orElseThrow();
            boolean acceptance = HazardStatus.isAcceptanceStep(hazard.status());
            current.require(acceptance ? Permissions.ACCEPT_HAZARDS : Permissions.LIST_HAZARDS, hazard.department().id(), null);
            if (acceptance && hazard.rectifiers().contains(current.username())) {
                throw new FourEyesViolation("hazards.signOff.rectifier", hazard.ledgerSubject());
            }
            StatusChange change = HazardRules.normalized(input);
            HazardRules.checkStep(hazard, change, clock.today());
            int seq = hazard.history().size() + 1;
            String canonical = HazardEventContentSource.canonical(hazard.registerCode(), seq, change, actor.username());
            recording.publish(STATUS_CHANGED, canonical,
                    (at, hash) -> repository.insertEvent(hazard.id(), seq, change, actor.username(), at, hash),
                    hazard.registerCode() + " " + change.status().name());
            return repository.hazard(hazard.id()).orElseThrow();
        });
    }

    /** The steps this actor may take next on this hazard (none when it is not theirs or it is closed). */
    public List<HazardStatus> nextSteps(Actor actor, MajorHazard hazard) {
        Actor current = rights.of(actor);
        boolean acceptance = HazardStatus.isAcceptanceStep(hazard.status());
        String permission = acceptance ? Permissions.ACCEPT_HAZARDS : Permissions.LIST_HAZARDS;
        if (!current.isPermitted(permission, hazard.department().id(), null)
                || acceptance && hazard.rectifiers().contains(current.username())) {
            return List.of();
        }
        // A referral for investigation is offered only for a hazard past its deadline that has none yet.
        return Arrays.stream(HazardStatus.values()).filter(hazard.status()::canMoveTo)
                .filter(s -> s != HazardStatus.REFERRED_FOR_INVESTIGATION || hazard.overdue() && hazard.investigation().isEmpty())
                .toList();
    }

    /** The departments whose hazards this actor lists or accepts. */
    public List<Department> departmentsOf(Actor actor) {
        return organization.departmentsFor(rights.of(actor), Permissions.LIST_HAZARDS, Permissions.ACCEPT_HAZARDS);
    }

    /** Every hazard of the departments this actor works for, newest listing first. */
    public List<MajorHazard> workOf(Actor actor) {
        Actor current = rights.of(actor);
        if (!current.isPermitted(Permissions.LIST_HAZARDS) && !current.isPermitted(Permissions.ACCEPT_HAZARDS)) {
            throw new AccessDeniedException(Permissions.LIST_HAZARDS);
        }
        return departmentsOf(current).stream()
                .flatMap(d -> repository.search(new HazardFilter(null, null, d.id(), null, null), 0, Integer.MAX_VALUE).stream())
                .sorted((a, b) -> b.listingDate().compareTo(a.listingDate()))
                .toList();
    }

    /** Listed hazards matching the filter, newest listing first. */
    public List<MajorHazard> search(HazardFilter filter, int offset, int limit) {
        return repository.search(checked(filter), offset, limit);
    }

    public long count(HazardFilter filter) {
        return repository.count(checked(filter));
    }

    public Optional<MajorHazard> byCode(String registerCode) {
        return registerCode == null ? Optional.empty() : repository.byCode(registerCode.strip());
    }

    /** Every hazard listed for one enterprise, newest first; empty for a code that is not valid. */
    public List<MajorHazard> byCreditCode(String creditCode) {
        return CreditCode.isValid(creditCode) ? repository.byCreditCode(creditCode) : List.of();
    }

    /** The years in which hazards were listed, newest first, for a filter. */
    public List<Integer> listingYears() {
        int thisYear = clock.today().getYear();
        return repository.search(HazardFilter.all(), 0, Integer.MAX_VALUE).stream()
                .map(h -> h.listingDate().getYear()).filter(y -> y <= thisYear).distinct()
                .sorted((a, b) -> b - a).toList();
    }

    /**
     * The newest listings and steps as the ledger records them, newest first, each with its entry: what the
     * register's feed announces. The hazards they name are read in one go, never one query per entry.
     */
    public List<HazardPublication> recentPublications(int limit) {
        List<LedgerEntry> entries = ledger.latest(List.of(LEDGER_LISTED, LEDGER_STATUS), limit);
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<String, MajorHazard> hazards = new HashMap<>();
        Map<String, HazardEvent> steps = new HashMap<>();
        for (MajorHazard hazard : repository.search(HazardFilter.all(), 0, Integer.MAX_VALUE)) {
            hazards.put(hazard.ledgerSubject(), hazard);
            hazard.history().forEach(step -> {
                steps.put(step.ledgerSubject(), step);
                hazards.put(step.ledgerSubject(), hazard);
            });
        }
        return entries.stream().filter(e -> hazards.containsKey(e.subject()))
                .map(e -> new HazardPublication(e, hazards.get(e.subject()), steps.get(e.subject())))
                .toList();
    }

    /** The day OVERDUE is reckoned on (Jincheng time). */
    public LocalDate today() {
        return clock.today();
    }

    public boolean isEmpty() {
        return repository.count() == 0;
    }

    private HazardFilter checked(HazardFilter filter) {
        if (filter.areaCode() != null && organization.area(filter.areaCode()).isEmpty()) {
            throw new ValidationException("hazards.area.unknown", filter.areaCode());
        }
        if (filter.sectorCode() != null && organization.sector(filter.sectorCode()).isEmpty()) {
            throw new ValidationException("hazards.sector.unknown", filter.sectorCode());
        }
        if (filter.status() != null && !HazardFilter.OVERDUE.equals(filter.status())
                && Arrays.stream(HazardStatus.values()).noneMatch(s -> s.name().equals(filter.status()))) {
            throw new ValidationException("hazards.status.unknown", filter.status());
        }
        if (filter.year() != null && (filter.year() < 1900 || filter.year() > 9999)) {
            throw new ValidationException("hazards.year.invalid");
        }
        return filter;
    }

    private Area checkedPlace(NewMajorHazard h, Department department) {
        Area area = h.areaCode() == null ? null : organization.area(h.areaCode()).orElse(null);
        if (area == null || area.kind() != AreaKind.COUNTY) {
            throw new ValidationException("hazards.area.unknown", String.valueOf(h.areaCode()));
        }
        if (department.area().kind() == AreaKind.COUNTY && department.area().id() != area.id()) {
            throw new ValidationException("hazards.area.outsideDepartment");
        }
        if (h.sectorCode() == null || organization.sector(h.sectorCode()).isEmpty()) {
            throw new ValidationException("hazards.sector.unknown", String.valueOf(h.sectorCode()));
        }
        return area;
    }
}
