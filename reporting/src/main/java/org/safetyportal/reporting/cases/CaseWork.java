package org.safetyportal.reporting.cases;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.FourEyesViolation;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.AuditLog;
import org.safetyportal.content.account.CurrentRights;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.reporting.internal.ReportRepository;
import org.safetyportal.reporting.photos.PhotoPreparation;
import org.safetyportal.reporting.photos.PreparedPhoto;
import org.safetyportal.reporting.photos.ReportPhotos;
import org.safetyportal.reporting.photos.StoredPhoto;

/**
 * Case work on citizens' reports. A handler works the cases of the department (and county) the grant
 * names; the safety committee office (安委办, a handler granted in the area's SAFETY_COMMITTEE
 * department) decides the refusals of that area's departments. Which action is allowed when, and what
 * it must carry, is the transition table's; rights are read again at every action, and every step
 * is public (in the ledger) except a note marked internal.
 */
@Singleton
public class CaseWork {

    public static final int MAX_NOTE = 2000;
    static final String COMMITTEE_TYPE = "SAFETY_COMMITTEE";
    private static final Set<String> AFTER_PHOTO_STATUSES = Set.of(CaseStatuses.RECTIFYING, CaseStatuses.AWAITING_VERIFICATION);

    private final DSLContext dsl;
    private final ReportRepository repository;
    private final CaseWorkflow workflow;
    private final CaseJournal journal;
    private final OrganizationDirectory organization;
    private final CurrentRights rights;
    private final AuditLog auditLog;
    private final ReportPhotos photos;
    private final CityClock clock;

    CaseWork(DSLContext dsl, ReportRepository repository, CaseWorkflow workflow, CaseJournal journal,
            OrganizationDirectory organization, CurrentRights rights, AuditLog auditLog, ReportPhotos photos, CityClock clock) {
        this.dsl = dsl;
        this.repository = repository;
        this.workflow = workflow;
        this.journal = journal;
        this.organization = organization;
        this.rights = rights;
        this.auditLog = auditLog;
        this.photos = photos;
        this.clock = clock;
    }

    /**
     * The cases this member of staff works on, newest first: those of the departments and counties the
     * grants cover, and, for a safety committee office, the disputes of its area.
     */
    public List<HazardCase> queue(Actor actor, CaseFilter filter) {
        Actor acting = rights.of(actor);
        acting.require(Permissions.HANDLE_CASES);
        Map<Integer, HazardCase> cases = new LinkedHashMap<>();
        for (HazardCase c : repository.queue(filter, reachable(acting).orElse(null), null)) {
            if (mayHandle(acting, c) || mayDecide(acting, c)) {
                cases.put(c.id(), c);
            }
        }
        List<HazardCase> sorted = new ArrayList<>(cases.values());
        sorted.sort(Comparator.comparing(HazardCase::submittedAt).reversed().thenComparing(HazardCase::id, Comparator.reverseOrder()));
        return sorted;
    }

    /**
     * The departments whose cases the grants can reach, so that the queue reads only those: a grant's own
     * department, and for a safety committee office every department of its area (their disputes).
     * Empty when a grant is not narrowed to a department. The rights themselves are checked per case.
     */
    private Optional<Set<String>> reachable(Actor acting) {
        Set<String> codes = new HashSet<>();
        for (RoleGrant grant : acting.grants()) {
            if (!acting.permissionsByRole().getOrDefault(grant.roleCode(), Set.of()).contains(Permissions.HANDLE_CASES)) {
                continue;
            }
            if (grant.departmentId() == null) {
                return Optional.empty();
            }
            organization.department(grant.departmentId()).ifPresent(department -> {
                codes.add(department.code());
                if (COMMITTEE_TYPE.equals(department.typeCode())) {
                    organization.departments().stream().filter(d -> d.area().id() == department.area().id())
                            .forEach(d -> codes.add(d.code()));
                }
            });
        }
        return Optional.of(codes);
    }

    /** One case with all its steps and the actions this member of staff may take now. */
    public CaseDetails details(Actor actor, int caseId) {
        Actor acting = rights.of(actor);
        HazardCase hazardCase = repository.byId(caseId).orElseThrow(() -> new ValidationException("cases.unknown"));
        boolean handler = mayHandle(acting, hazardCase);
        boolean committee = mayDecide(acting, hazardCase);
        if (!handler && !committee) {
            throw new AccessDeniedException(Permissions.HANDLE_CASES);
        }
        List<CaseTransition> allowed = workflow.from(hazardCase.status()).stream()
                .filter(t -> t.actorKind() == CaseTransition.ActorKind.HANDLER ? handler : committee).toList();
        return new CaseDetails(hazardCase, repository.events(caseId), allowed, committee);
    }

    /** The photos of a case (without their bytes), for those who may see the case. */
    public List<StoredPhoto> photos(Actor actor, int caseId) {
        requireSight(rights.of(actor), caseId);
        return photos.of(caseId);
    }

    /**
     * The bytes of one photo of a case (or its thumbnail), the rights read again at this request: a
     * photo's address in a page is no key, and a handler moved to other work sees nothing more.
     */
    public Optional<byte[]> photo(Actor actor, int caseId, int photoId, boolean thumbnail) {
        requireSight(rights.of(actor), caseId);
        return photos.bytes(caseId, photoId, thumbnail);
    }

    private void requireSight(Actor acting, int caseId) {
        HazardCase hazardCase = repository.byId(caseId).orElseThrow(() -> new ValidationException("cases.unknown"));
        if (!mayHandle(acting, hazardCase) && !mayDecide(acting, hazardCase)) {
            throw new AccessDeniedException(Permissions.HANDLE_CASES);
        }
    }

    /** Takes an action on a case; answers the case as it stands after it. */
    public HazardCase act(Actor actor, int caseId, CaseCommand command) {
        return act(actor, caseId, command, List.of());
    }

    /**
     * Takes an action on a case with the handler's "after" photos of the rectified place, stored in the
     * action's transaction: only a request for verification carries them, up to
     * {@link PhotoPreparation#MAX_PHOTOS} after photos per case, each prepared as the reporter's are.
     */
    public HazardCase act(Actor actor, int caseId, CaseCommand command, List<PreparedPhoto> afterPhotos) {
        if (command == null || command.action() == null) {
            throw new ValidationException("cases.action.notAllowed");
        }
        List<PreparedPhoto> after = afterPhotos == null ? List.of() : List.copyOf(afterPhotos);
        if (!after.isEmpty() && !CaseActions.REQUEST_VERIFICATION.equals(command.action())) {
            throw new ValidationException("cases.afterPhotos.notNow");
        }
        String publicNote = note(command.publicNote());
        String internalNote = note(command.internalNote());
        return auditLog.recordingRefusals(actor, () -> dsl.transactionResult(() -> {
            Actor acting = rights.of(actor);
            HazardCase current = repository.lock(caseId).orElseThrow(() -> new ValidationException("cases.unknown"));
            if (CaseActions.NOTE.equals(command.action())) {
                return note(acting, current, publicNote, internalNote);
            }
            CaseTransition transition = workflow.transition(command.action(), current.status())
                    .orElseThrow(() -> new ValidationException("cases.action.notAllowed"));
            requireRight(acting, current, transition);
            if (transition.needsReason() && publicNote == null) {
                throw new ValidationException("cases.reason.required");
            }
            LocalDate deadline = current.rectificationDeadline();
            if (transition.needsDeadline()) {
                if (command.deadline() == null || command.deadline().isBefore(today())) {
                    throw new ValidationException("cases.deadline.required");
                }
                deadline = command.deadline();
            }
            String outcome = outcome(transition, command, current);
            String requestedBy = current.verificationRequestedBy();
            if (transition.fourEyes() && acting.username().equals(requestedBy)) {
                throw new FourEyesViolation("cases.fourEyes", CaseEventContentSource.CASE_PREFIX + caseId);
            }
            if (CaseActions.REQUEST_VERIFICATION.equals(transition.action())) {
                requestedBy = acting.username();
            }
            Department department = transition.namesDepartment() ? target(transition, command.departmentCode(), current)
                    : current.department();
            Instant now = clock.now().truncatedTo(ChronoUnit.SECONDS);
            storeAfterPhotos(caseId, after, now);
            repository.updateCase(caseId, transition.toStatus(), department.code(), outcome, deadline, requestedBy, now);
            HazardCase changed = repository.byId(caseId).orElseThrow();
            journal.record(changed, new CaseJournal.Step(transition.action(), transition.toStatus(), outcome,
                    transition.needsDeadline() ? deadline : null, publicNote, internalNote, true, acting.username()), now);
            auditLog.record(acting.username(), "cases." + transition.action(), CaseEventContentSource.CASE_PREFIX + caseId,
                    transition.fromStatus() + " -> " + transition.toStatus()
                            + (department.code().equals(current.department().code()) ? "" : " to " + department.code())
                            + (after.isEmpty() ? "" : " with " + after.size() + " after photos"));
            return changed;
        }));
    }

    /** Whether "after" photos may be added to a case in this status on their own: while rectifying or awaiting verification. */
    public boolean takesAfterPhotos(HazardCase c) {
        return AFTER_PHOTO_STATUSES.contains(c.status());
    }

    /**
     * Adds the handler's "after" photos to a case being rectified or awaiting verification, without a
     * change of status; the rights are read again here, and the addition is audited. Never public.
     */
    public List<StoredPhoto> addAfterPhotos(Actor actor, int caseId, List<PreparedPhoto> afterPhotos) {
        List<PreparedPhoto> after = afterPhotos == null ? List.of() : List.copyOf(afterPhotos);
        if (after.isEmpty()) {
            throw new ValidationException("cases.afterPhotos.required");
        }
        return dsl.transactionResult(() -> {
            Actor acting = rights.of(actor);
            HazardCase current = repository.lock(caseId).orElseThrow(() -> new ValidationException("cases.unknown"));
            if (!mayHandle(acting, current)) {
                throw new AccessDeniedException(Permissions.HANDLE_CASES);
            }
            if (!takesAfterPhotos(current)) {
                throw new ValidationException("cases.afterPhotos.notNow");
            }
            storeAfterPhotos(caseId, after, clock.now().truncatedTo(ChronoUnit.SECONDS));
            auditLog.record(acting.username(), "cases.AFTER_PHOTOS", CaseEventContentSource.CASE_PREFIX + caseId,
                    after.size() + " after photos in " + current.status());
            return photos.of(caseId);
        });
    }

    public static ValidationException tooManyAfterPhotos() {
        return new ValidationException("cases.afterPhotos.tooMany", PhotoPreparation.MAX_PHOTOS);
    }

    /** How many more "after" photos this case takes, for those who may see the case. */
    public int afterPhotosLeft(Actor actor, int caseId) {
        return (int) Math.max(0, PhotoPreparation.MAX_PHOTOS
                - photos(actor, caseId).stream().filter(p -> p.kind() == StoredPhoto.Kind.AFTER).count());
    }

    private void storeAfterPhotos(int caseId, List<PreparedPhoto> after, Instant now) {
        if (after.isEmpty()) {
            return;
        }
        long already = photos.of(caseId).stream().filter(p -> p.kind() == StoredPhoto.Kind.AFTER).count();
        if (already + after.size() > PhotoPreparation.MAX_PHOTOS) {
            throw tooManyAfterPhotos();
        }
        photos.store(caseId, after, StoredPhoto.Kind.AFTER, now);
    }

    /** The departments a case can be transferred to or placed with: every one but the area governments. */
    public List<Department> departments() {
        return organization.departments().stream().filter(d -> !d.isGovernment()).toList();
    }

    public CaseWorkflow workflow() {
        return workflow;
    }

    private HazardCase note(Actor acting, HazardCase current, String publicNote, String internalNote) {
        if (!mayHandle(acting, current) && !mayDecide(acting, current)) {
            throw new AccessDeniedException(Permissions.HANDLE_CASES);
        }
        if (publicNote == null && internalNote == null) {
            throw new ValidationException("cases.note.required");
        }
        Instant now = clock.now().truncatedTo(ChronoUnit.SECONDS);
        journal.record(current, new CaseJournal.Step(CaseActions.NOTE, current.status(), null, null, publicNote,
                internalNote, publicNote != null, acting.username()), now);
        return current;
    }

    private void requireRight(Actor acting, HazardCase current, CaseTransition transition) {
        boolean allowed = transition.actorKind() == CaseTransition.ActorKind.HANDLER ? mayHandle(acting, current)
                : mayDecide(acting, current);
        if (!allowed) {
            throw new AccessDeniedException(Permissions.HANDLE_CASES);
        }
    }

    private String outcome(CaseTransition transition, CaseCommand command, HazardCase current) {
        if (transition.needsOutcome()) {
            if (command.outcome() == null || !workflow.outcomes(transition).contains(command.outcome())) {
                throw new ValidationException("cases.outcome.required");
            }
            return command.outcome();
        }
        if (CaseActions.VERIFY_CLOSE.equals(transition.action())) {
            return current.outcome();
        }
        return workflow.isOpen(transition.toStatus()) ? null : current.outcome();
    }

    /** The named department; a transfer must name another one, a committee may keep the case where it was. */
    private Department target(CaseTransition transition, String code, HazardCase current) {
        Department target = Optional.ofNullable(code).flatMap(organization::department)
                .filter(d -> !d.isGovernment())
                .orElseThrow(() -> new ValidationException("cases.department.required"));
        if (CaseActions.TRANSFER.equals(transition.action()) && target.code().equals(current.department().code())) {
            throw new ValidationException("cases.department.same");
        }
        return target;
    }

    /** A handler of the case's department, within the county the grant names, if it names one. */
    private static boolean mayHandle(Actor actor, HazardCase c) {
        return actor.isPermitted(Permissions.HANDLE_CASES, c.department().id(), c.area().id());
    }

    /**
     * Whether this member of staff, with the rights as read just now ({@code CurrentRights.of}), handles
     * this case: of its department, within the county the grant names. For the features beside case work.
     */
    public static boolean handles(Actor acting, HazardCase c) {
        return mayHandle(acting, c);
    }

    /** The safety committee office of the area of the department that refused the case. */
    private boolean mayDecide(Actor actor, HazardCase c) {
        if (!CaseStatuses.DISPUTED.equals(c.status())) {
            return false;
        }
        return organization.department(COMMITTEE_TYPE, c.department().area().code())
                .map(committee -> actor.isPermitted(Permissions.HANDLE_CASES, committee.id(), null)
                        || actor.isPermitted(Permissions.HANDLE_CASES, committee.id(), c.area().id()))
                .orElse(false);
    }

    private LocalDate today() {
        return clock.today();
    }

    private static String note(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String note = value.strip();
        if (note.length() > MAX_NOTE) {
            throw new ValidationException("cases.note.tooLong", MAX_NOTE);
        }
        return note;
    }
}
