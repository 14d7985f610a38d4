package org.safetyportal.content.blacklist;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.safetyportal.content.FourEyesViolation;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.CurrentRights;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.inspection.CreditCode;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.AreaKind;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.publishing.PublicationKind;
import org.safetyportal.content.publishing.PublicationRecorder;

/**
 * The work-safety dishonesty blacklist (安全生产失信“黑名单”). A publisher of the listing department
 * lists an entity; the listing goes into the publication ledger in the same transaction and is never
 * changed. It leaves the current list on its expiry date ({@link BlacklistTerm}) or earlier by credit
 * repair: a publisher requests the removal, a reviewer of the department (never the requester)
 * approves it, and the removal is published as its own immutable ledger event.
 */
@Singleton
public class BlacklistRegister {

    public static final String LISTED_EVENT = "blacklist.listed";
    public static final String REMOVED_EVENT = "blacklist.removed";
    public static final int MAX_NAME = BlacklistRules.MAX_NAME;
    public static final int MAX_PERSON = BlacklistRules.MAX_PERSON;
    public static final int MAX_CODE = BlacklistRules.MAX_CODE;
    public static final int MAX_PHONE = BlacklistRules.MAX_PHONE;
    public static final int MAX_TEXT = BlacklistRules.MAX_TEXT;

    private static final PublicationKind LISTED = new PublicationKind(LISTED_EVENT, BlacklistContentSource.PREFIX,
            BlacklistAuditActions.LISTED);
    private static final PublicationKind REMOVED = new PublicationKind(REMOVED_EVENT, BlacklistRemovalContentSource.PREFIX,
            BlacklistAuditActions.REMOVAL_APPROVED);

    private final BlacklistRepository repository;
    private final PublicationRecorder recorder;
    private final OrganizationDirectory organization;
    private final CityClock clock;
    private final CurrentRights rights;

    BlacklistRegister(BlacklistRepository repository, PublicationRecorder recorder, OrganizationDirectory organization,
            CityClock clock, CurrentRights rights) {
        this.repository = repository;
        this.recorder = recorder;
        this.organization = organization;
        this.clock = clock;
        this.rights = rights;
    }

    /** The calendar day in the city, by which current and history are told apart. */
    public LocalDate today() {
        return clock.today();
    }

    /** Lists one entity for the actor's department; answers the entry as stored. */
    public BlacklistEntry list(Actor actor, NewBlacklistEntry input) {
        Department department = organization.department(input.departmentId())
                .orElseThrow(() -> new ValidationException("blacklist.department.unknown"));
        actor.require(Permissions.LIST_BLACKLIST, department.id(), null);
        NewBlacklistEntry entry = BlacklistRules.normalized(input);
        Area area = checked(entry, department);
        LocalDate expiry = BlacklistTerm.expiryOf(entry.listingDate());
        return recorder.inTransaction(actor, recording -> {
            recording.actor().require(Permissions.LIST_BLACKLIST, department.id(), null);
            recording.takeTurn();
            if (repository.currentListingExists(entry.creditCode(), department.id(), entry.decisionNo(), today())) {
                throw new ValidationException("blacklist.duplicate", entry.creditCode(), entry.decisionNo());
            }
            String canonical = BlacklistContentSource.canonical(department.code(), entry.enterpriseName(),
                    entry.creditCode(), entry.responsiblePerson(), area.code(), entry.sectorCode(), entry.conduct(),
                    entry.legalBasis(), entry.decisionNo(), entry.listingDate(), expiry, entry.objectionContact(),
                    entry.objectionPhone(), entry.objectionChannel(), actor.username());
            int id = recording.publish(LISTED, canonical,
                    (at, hash) -> repository.insert(entry, area.id(), expiry, actor.username(), at, hash), entry.enterpriseName());
            return repository.entry(id).orElseThrow();
        });
    }

    /** A publisher of the listing department asks for an early removal (信用修复) of a current entry. */
    public RemovalRequest requestRemoval(Actor actor, int entryId, String reason, LocalDate removalDate) {
        BlacklistEntry entry = repository.entry(entryId).orElseThrow(() -> new ValidationException("blacklist.entry.unknown"));
        actor.require(Permissions.LIST_BLACKLIST, entry.department().id(), null);
        String why = BlacklistRules.text(reason);
        BlacklistRules.checkRemoval(entry, why, removalDate, today());
        return recorder.inTransaction(actor, recording -> {
            recording.actor().require(Permissions.LIST_BLACKLIST, entry.department().id(), null);
            if (repository.pendingRequestExists(entryId)) {
                throw new ValidationException("blacklist.removal.pending");
            }
            int id = repository.insertRequest(entryId, why, removalDate, actor.username(), recording.now());
            recording.audit(BlacklistAuditActions.REMOVAL_REQUESTED, entry.ledgerSubject(), why);
            return repository.request(id).orElseThrow();
        });
    }

    /** A reviewer of the listing department, not the requester, approves: the removal is published. */
    public BlacklistEntry approveRemoval(Actor actor, int requestId) {
        return recorder.deciding(actor, recording -> {
            RemovalRequest request = pendingRequest(recording.actor(), requestId);
            BlacklistEntry entry = request.entry();
            BlacklistRules.checkRemoval(entry, request.reason(), request.removalDate(), today());
            String canonical = BlacklistRemovalContentSource.canonical(entry.id(), request.reason(),
                    request.removalDate(), request.requestedBy(), actor.username());
            recording.publish(REMOVED, canonical, (at, hash) -> {
                int removalId = repository.insertRemoval(entry.id(), request.reason(), request.removalDate(),
                        request.requestedBy(), actor.username(), at, hash);
                repository.decideRequest(requestId, RemovalRequest.Status.APPROVED, actor.username(), at);
                return removalId;
            }, request.reason());
            return repository.entry(entry.id()).orElseThrow();
        });
    }

    /** A reviewer of the listing department turns the request down; the entry stays as it is. */
    public void rejectRemoval(Actor actor, int requestId) {
        recorder.deciding(actor, recording -> {
            RemovalRequest request = pendingRequest(recording.actor(), requestId);
            repository.decideRequest(requestId, RemovalRequest.Status.REJECTED, actor.username(), recording.now());
            recording.audit(BlacklistAuditActions.REMOVAL_REJECTED, request.entry().ledgerSubject(), request.reason());
            return request;
        });
    }

    /** Pending removal requests of the departments the actor may list for or review for. */
    public List<RemovalRequest> pendingRequests(Actor actor) {
        Actor current = rights.of(actor);
        return repository.pendingRequests().stream()
                .filter(r -> current.isPermitted(Permissions.LIST_BLACKLIST, r.entry().department().id(), null)
                        || current.isPermitted(Permissions.REVIEW_BLACKLIST, r.entry().department().id(), null))
                .toList();
    }

    /** Entries matching the filter as of today, newest listing first. */
    public List<BlacklistEntry> search(BlacklistFilter filter, int offset, int limit) {
        return repository.search(checked(filter), today(), offset, limit);
    }

    public long count(BlacklistFilter filter) {
        return repository.count(checked(filter), today());
    }

    /** The years in which anything was listed, latest first (for the year filter). */
    public List<Integer> listingYears() {
        return repository.listingYears();
    }

    public Optional<BlacklistEntry> entry(int id) {
        return repository.entry(id);
    }

    /** Every entry of one enterprise, newest first; empty for a code that is not valid. */
    public List<BlacklistEntry> byCreditCode(String creditCode) {
        if (!CreditCode.isValid(creditCode)) {
            return List.of();
        }
        return repository.byCreditCode(creditCode);
    }

    /** Listings, early removals and expiries that have happened by today, the most recent first. */
    public List<BlacklistEvent> recentEvents(int limit) {
        LocalDate today = today();
        return repository.all().stream().flatMap(e -> e.history(today).stream())
                .sorted(Comparator.comparing(BlacklistEvent::date).thenComparing(e -> e.entry().id())
                        .thenComparing(BlacklistEvent::kind).reversed())
                .limit(limit)
                .toList();
    }

    public boolean isEmpty() {
        return repository.count() == 0;
    }

    private RemovalRequest pendingRequest(Actor actor, int requestId) {
        RemovalRequest request = repository.requestForUpdate(requestId)
                .orElseThrow(() -> new ValidationException("blacklist.removal.unknown"));
        actor.require(Permissions.REVIEW_BLACKLIST, request.entry().department().id(), null);
        if (request.status() != RemovalRequest.Status.PENDING) {
            throw new ValidationException("blacklist.removal.decided");
        }
        if (request.requestedBy().equals(actor.username())) {
            throw new FourEyesViolation("blacklist.removal.fourEyes", request.entry().ledgerSubject());
        }
        return request;
    }

    private BlacklistFilter checked(BlacklistFilter filter) {
        if (filter.areaCode() != null && organization.area(filter.areaCode()).isEmpty()) {
            throw new ValidationException("blacklist.area.unknown", filter.areaCode());
        }
        if (filter.sectorCode() != null && organization.sector(filter.sectorCode()).isEmpty()) {
            throw new ValidationException("blacklist.sector.unknown", filter.sectorCode());
        }
        if (filter.departmentId() != null && organization.department(filter.departmentId()).isEmpty()) {
            throw new ValidationException("blacklist.department.unknown");
        }
        if (filter.year() != null && (filter.year() < 2000 || filter.year() > 2999)) {
            throw new ValidationException("blacklist.year.invalid");
        }
        return filter;
    }

    /** The rules of the entry itself, and its county and sector against the directory. */
    private Area checked(NewBlacklistEntry e, Department department) {
        BlacklistRules.checkIdentity(e);
        Area area = e.areaCode() == null ? null : organization.area(e.areaCode()).orElse(null);
        if (area == null || area.kind() != AreaKind.COUNTY) {
            throw new ValidationException("blacklist.area.unknown", String.valueOf(e.areaCode()));
        }
        if (department.area().kind() == AreaKind.COUNTY && department.area().id() != area.id()) {
            throw new ValidationException("blacklist.area.outsideDepartment");
        }
        if (e.sectorCode() == null || organization.sector(e.sectorCode()).isEmpty()) {
            throw new ValidationException("blacklist.sector.unknown", String.valueOf(e.sectorCode()));
        }
        BlacklistRules.checkContent(e, today());
        return area;
    }
}
