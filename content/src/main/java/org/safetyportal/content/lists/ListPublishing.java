package org.safetyportal.content.lists;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.safetyportal.content.FourEyesViolation;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.AuditLog;
import org.safetyportal.content.account.CurrentRights;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.ledger.PublicationLedger;
import org.safetyportal.content.ledger.Sha256;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.organization.Sector;

/**
 * The publication workflow of the three lists. A publisher of the department drafts a new version
 * (from the one in force) and submits it; a reviewer of the department who did not change it in
 * any way (draft, edit, import, submit) publishes it or sends it back. Publishing supersedes the
 * previous version and is written to the publication ledger in the same transaction. Every action
 * checks the actor's rights as they stand at that moment ({@link CurrentRights}).
 */
@Singleton
public class ListPublishing {

    public static final String LEDGER_EVENT = "list.published";
    private static final int MAX_COMMENT = 1000;

    private final DSLContext dsl;
    private final ListRepository repository;
    private final ListContentSource content;
    private final PublicationLedger ledger;
    private final AuditLog auditLog;
    private final OrganizationDirectory organization;
    private final Clock clock;
    private final CurrentRights rights;
    private final ListContributions contributions;

    ListPublishing(DSLContext dsl, ListRepository repository, ListContentSource content, PublicationLedger ledger,
            AuditLog auditLog, OrganizationDirectory organization, Clock clock, CurrentRights rights,
            ListContributions contributions) {
        this.dsl = dsl;
        this.repository = repository;
        this.content = content;
        this.ledger = ledger;
        this.auditLog = auditLog;
        this.organization = organization;
        this.clock = clock;
        this.rights = rights;
        this.contributions = contributions;
    }

    /** Starts the next version of a list, holding the items of the version now in force. */
    public ListVersion startDraft(Actor actor, int departmentId, ListType type, int year) {
        Department department = organization.department(departmentId)
                .orElseThrow(() -> new ValidationException("lists.department.unknown"));
        int listYear = checkYear(type, year);
        return dsl.transactionResult(() -> {
            rights.of(actor).require(Permissions.DRAFT_LISTS, department.id(), null);
            List<ListVersion> versions = repository.versions(department.id(), type, listYear, EnumSet.allOf(VersionStatus.class));
            if (versions.stream().anyMatch(v -> v.status().isOpen())) {
                throw new ValidationException("lists.draft.exists");
            }
            ListVersion current = versions.stream().filter(v -> v.status() == VersionStatus.PUBLISHED).findFirst().orElse(null);
            int versionNo = repository.nextVersionNo(department.id(), type, listYear);
            Instant now = clock.instant();
            int id = repository.insertDraft(department.id(), type, listYear, versionNo,
                    current == null ? null : current.id(), actor.username(), now);
            contributions.record(id, actor.username(), ListContributions.Kind.DRAFTED, now);
            if (current != null) {
                repository.replaceItems(id, repository.items(current.id()));
            }
            auditLog.record(actor.username(), ListAuditActions.DRAFT_STARTED, subject(id), type + " " + department.code());
            return repository.version(id).orElseThrow();
        });
    }

    public List<ListItem> items(Actor actor, int versionId) {
        ListVersion version = existing(versionId);
        requireStaffOf(rights.of(actor), version);
        return repository.items(versionId);
    }

    /**
     * What publishing this open version would change for the public: its items against the version of
     * the same list in force now, every field of every item; with none in force, every item is new. The
     * reviewer decides on this whole change, not on a list of titles.
     */
    public ListDiff changes(Actor actor, int versionId) {
        ListVersion version = existing(versionId);
        requireStaffOf(rights.of(actor), version);
        Optional<ListVersion> inForce = repository.versions(version.department().id(), version.type(), version.year(),
                EnumSet.of(VersionStatus.PUBLISHED)).stream().findFirst();
        return ListDiff.between(inForce.orElse(null), inForce.map(v -> repository.items(v.id())).orElse(List.of()),
                version, repository.items(versionId));
    }

    /** Replaces the items of a draft; published versions are never changed. */
    public void saveItems(Actor actor, int versionId, List<ListItem> items) {
        Set<String> sectors = organization.sectors().stream().map(Sector::code).collect(Collectors.toSet());
        dsl.transaction(() -> {
            Actor current = rights.of(actor);
            ListVersion version = existing(versionId);
            current.require(Permissions.DRAFT_LISTS, version.department().id(), null);
            requireStatus(version, VersionStatus.DRAFT);
            ListItemRules.check(version.type(), version.department().isGovernment(), items, sectors);
            repository.replaceItems(versionId, items);
            contributions.record(versionId, actor.username(), ListContributions.Kind.EDITED, clock.instant());
            auditLog.record(actor.username(), ListAuditActions.ITEMS_SAVED, subject(versionId), items.size() + " items");
        });
    }

    /** The workbook a publisher fills in to import the items of a draft, holding the draft's items as they stand. */
    public byte[] sheetTemplate(Actor actor, ListVersion draft, Locale locale) {
        return ListSheetTemplate.write(draft.type(), draft.department().isGovernment(), organization.sectors(), locale,
                items(actor, draft.id()));
    }

    /**
     * Replaces the items of a draft with those of a workbook (the template, or an exported version).
     * Answers every problem found, by row and column; if there is any, the draft is left as it was.
     */
    public List<SheetProblem> importItems(Actor actor, int versionId, byte[] workbook) {
        ListVersion version = existing(versionId);
        // Checked before the workbook is read, and again in the transaction that stores the items.
        rights.of(actor).require(Permissions.DRAFT_LISTS, version.department().id(), null);
        requireStatus(version, VersionStatus.DRAFT);
        List<Sector> sectors = organization.sectors();
        Map<String, String> sectorCodes = new HashMap<>();
        for (Sector sector : sectors) {
            sectorCodes.put(sector.name().en(), sector.code());
            sectorCodes.put(sector.name().zh(), sector.code());
            sectorCodes.put(sector.code(), sector.code());
        }
        ListSheetImport.Result result = ListSheetImport.parse(version.type(), version.department().isGovernment(), workbook,
                sectors.stream().map(Sector::code).collect(Collectors.toSet()), sectorCodes);
        if (result.ok()) {
            dsl.transaction(() -> {
                rights.of(actor).require(Permissions.DRAFT_LISTS, version.department().id(), null);
                requireStatus(existing(versionId), VersionStatus.DRAFT);
                repository.replaceItems(versionId, result.items());
                contributions.record(versionId, actor.username(), ListContributions.Kind.IMPORTED, clock.instant());
                auditLog.record(actor.username(), ListAuditActions.ITEMS_IMPORTED, subject(versionId),
                        result.items().size() + " items");
            });
        }
        return result.problems();
    }

    public ListVersion submit(Actor actor, int versionId) {
        return dsl.transactionResult(() -> {
            Actor current = rights.of(actor);
            ListVersion version = existing(versionId);
            current.require(Permissions.DRAFT_LISTS, version.department().id(), null);
            requireStatus(version, VersionStatus.DRAFT);
            if (repository.items(versionId).isEmpty()) {
                throw new ValidationException("lists.submit.empty");
            }
            Instant now = clock.instant();
            repository.markSubmitted(versionId, actor.username(), now);
            contributions.record(versionId, actor.username(), ListContributions.Kind.SUBMITTED, now);
            auditLog.record(actor.username(), ListAuditActions.SUBMITTED, subject(versionId), "");
            return repository.version(versionId).orElseThrow();
        });
    }

    public ListVersion returnForChanges(Actor actor, int versionId, String comment) {
        String reason = comment == null ? "" : comment.strip();
        if (reason.isEmpty() || reason.length() > MAX_COMMENT) {
            throw new ValidationException("lists.review.commentRequired", MAX_COMMENT);
        }
        return auditLog.recordingRefusals(actor, () -> dsl.transactionResult(() -> {
            Actor current = rights.of(actor);
            ledger.takeTurn();
            ListVersion version = existing(versionId);
            requireReviewer(current, version);
            repository.markReturned(versionId, actor.username(), clock.instant(), reason);
            auditLog.record(actor.username(), ListAuditActions.RETURNED, subject(versionId), reason);
            return repository.version(versionId).orElseThrow();
        }));
    }

    /** Publishes a submitted version: it supersedes the one in force and enters the ledger. */
    public ListVersion approve(Actor actor, int versionId, ListVersionApproval approval) {
        if (approval == null || approval.effectiveDate() == null) {
            throw new ValidationException("lists.review.effectiveDateRequired");
        }
        if (approval.reason() == null) {
            throw new ValidationException("lists.review.reasonRequired");
        }
        if (approval.comment() != null && approval.comment().length() > MAX_COMMENT) {
            throw new ValidationException("lists.review.commentTooLong", MAX_COMMENT);
        }
        return auditLog.recordingRefusals(actor, () -> dsl.transactionResult(() -> {
            Actor current = rights.of(actor);
            ledger.takeTurn();
            ListVersion version = existing(versionId);
            requireReviewer(current, version);
            // Whole seconds, the ledger's precision: the stored time of publication is the entry's time.
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            repository.versions(version.department().id(), version.type(), version.year(), EnumSet.of(VersionStatus.PUBLISHED))
                    .forEach(previous -> repository.markSuperseded(previous.id()));
            ListVersion published = new ListVersion(version.id(), version.department(), version.type(), version.year(),
                    version.versionNo(), VersionStatus.PUBLISHED, version.basedOnId(), version.draftedBy(),
                    version.draftedAt(), version.submittedBy(), version.submittedAt(), actor.username(), now,
                    approval.comment(), approval.effectiveDate(), approval.reason(), now, null);
            String canonical = content.canonical(published);
            repository.markPublished(versionId, actor.username(), now, approval, Sha256.of(canonical));
            ledger.append(LEDGER_EVENT, published.ledgerSubject(), canonical, now);
            auditLog.record(actor.username(), ListAuditActions.PUBLISHED, subject(versionId), approval.reason().name());
            return repository.version(versionId).orElseThrow();
        }));
    }

    /** Versions waiting for work in the departments the actor drafts or reviews for. */
    public List<ListVersion> openVersions(Actor actor) {
        Actor current = rights.of(actor);
        return repository.versionsIn(EnumSet.of(VersionStatus.DRAFT, VersionStatus.SUBMITTED)).stream()
                .filter(v -> current.isPermitted(Permissions.DRAFT_LISTS, v.department().id(), null)
                        || current.isPermitted(Permissions.REVIEW_LISTS, v.department().id(), null))
                .toList();
    }

    /** Whether the actor may publish or return this version now: a submitted version they had no hand in. */
    public boolean mayDecide(Actor actor, ListVersion version) {
        Actor current = rights.of(actor);
        return version.status() == VersionStatus.SUBMITTED
                && current.isPermitted(Permissions.REVIEW_LISTS, version.department().id(), null)
                && !contributors(version).contains(current.username());
    }

    /**
     * Four eyes: whoever changed a version in any way (drafted, edited, imported, submitted) may not
     * also decide it. The drafter and submitter are on the version itself as well, for versions
     * older than the record of contributions.
     */
    private void requireReviewer(Actor actor, ListVersion version) {
        actor.require(Permissions.REVIEW_LISTS, version.department().id(), null);
        requireStatus(version, VersionStatus.SUBMITTED);
        if (contributors(version).contains(actor.username())) {
            throw new FourEyesViolation("lists.review.contributor", subject(version.id()));
        }
    }

    private Set<String> contributors(ListVersion version) {
        Set<String> contributors = new HashSet<>(contributions.contributors(version.id()));
        contributors.add(version.draftedBy());
        if (version.submittedBy() != null) {
            contributors.add(version.submittedBy());
        }
        return contributors;
    }

    private static void requireStaffOf(Actor actor, ListVersion version) {
        if (!actor.isPermitted(Permissions.DRAFT_LISTS, version.department().id(), null)
                && !actor.isPermitted(Permissions.REVIEW_LISTS, version.department().id(), null)) {
            actor.require(Permissions.DRAFT_LISTS, version.department().id(), null);
        }
    }

    private static void requireStatus(ListVersion version, VersionStatus expected) {
        if (version.status() != expected) {
            throw new ValidationException("lists.version.wrongStatus", version.status().name());
        }
    }

    private ListVersion existing(int versionId) {
        return repository.version(versionId).orElseThrow(() -> new ValidationException("lists.version.notFound"));
    }

    private static int checkYear(ListType type, int year) {
        if (!type.isAnnual()) {
            return 0;
        }
        if (year < 2000 || year > 2100) {
            throw new ValidationException("lists.year.invalid");
        }
        return year;
    }

    private static String subject(int versionId) {
        return ListContentSource.PREFIX + versionId;
    }
}
