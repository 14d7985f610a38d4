package org.safetyportal.content.lists;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.safetyportal.content.FourEyesViolation;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.CurrentRights;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.publishing.PublicationKind;
import org.safetyportal.content.publishing.PublicationRecorder;

/**
 * Repealing a list in force, under the same four eyes as publishing it: a publisher of the
 * department asks, a reviewer of the department who did not ask publishes the repeal or declines
 * it. A published repeal is its own ledger entry; the version it ends is marked REPEALED and stays
 * public with the repeal shown on it.
 */
@Singleton
public class ListRepeals {

    public static final String LEDGER_EVENT = "list.repealed";
    private static final int MAX_TEXT = 1000;

    private static final PublicationKind REPEALED = new PublicationKind(LEDGER_EVENT, ListRepealContentSource.PREFIX,
            ListAuditActions.REPEALED);

    private final ListRepository lists;
    private final RepealAndProgressRepository events;
    private final PublicationRecorder recorder;
    private final CurrentRights rights;
    private final CityClock clock;

    ListRepeals(ListRepository lists, RepealAndProgressRepository events, PublicationRecorder recorder, CurrentRights rights,
            CityClock clock) {
        this.lists = lists;
        this.events = events;
        this.recorder = recorder;
        this.rights = rights;
        this.clock = clock;
    }

    /** A publisher asks to repeal a version in force from a date, for a reason. */
    public ListRepeal request(Actor actor, int versionId, LocalDate repealedOn, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_TEXT) {
            throw new ValidationException("lists.repeal.reasonRequired", MAX_TEXT);
        }
        if (repealedOn == null) {
            throw new ValidationException("lists.repeal.dateRequired");
        }
        return recorder.inTransaction(actor, recording -> {
            ListVersion version = lists.version(versionId).orElseThrow(() -> new ValidationException("lists.version.notFound"));
            recording.actor().require(Permissions.DRAFT_LISTS, version.department().id(), null);
            requireRepealable(version);
            if (events.repealsOf(versionId).stream().anyMatch(r -> r.status() == RepealStatus.REQUESTED)) {
                throw new ValidationException("lists.repeal.alreadyRequested");
            }
            int id = events.insertRepealRequest(versionId, repealedOn, why, actor.username(), recording.now());
            recording.audit(ListAuditActions.REPEAL_REQUESTED, ListRepealContentSource.PREFIX + id, version.ledgerSubject());
            return events.repeal(id).orElseThrow();
        });
    }

    /** Publishes a requested repeal: the version leaves force and the repeal enters the ledger. */
    public ListRepeal approve(Actor actor, int repealId) {
        return recorder.deciding(actor, recording -> {
            recording.takeTurn();
            ListRepeal repeal = requested(recording.actor(), repealId);
            requireRepealable(repeal.version());
            events.decideRepeal(repealId, RepealStatus.PUBLISHED, actor.username(), recording.now(), null);
            lists.markRepealed(repeal.version().id());
            // The canonical content is read back as stored, so the ledger holds exactly what the verifier will read.
            ListRepeal published = events.repeal(repealId).orElseThrow();
            recording.published(REPEALED, published.id(), ListRepealContentSource.canonical(published),
                    published.version().ledgerSubject());
            return published;
        });
    }

    /**
     * Only the version in force today can be repealed, and not while a newer version is announced: the
     * repeal would end the list while the announced version still took effect on its date.
     */
    private void requireRepealable(ListVersion version) {
        EffectiveVersions.Standing standing = EffectiveVersions.of(lists, version, clock.today());
        if (!standing.inForce()) {
            throw new ValidationException("lists.repeal.notInForce");
        }
        if (standing.announced().isPresent()) {
            throw new ValidationException("lists.repeal.newerAnnounced", standing.announced().get().effectiveDate().toString());
        }
    }

    public ListRepeal decline(Actor actor, int repealId, String comment) {
        String why = comment == null ? "" : comment.strip();
        if (why.isEmpty() || why.length() > MAX_TEXT) {
            throw new ValidationException("lists.review.commentRequired", MAX_TEXT);
        }
        return recorder.deciding(actor, recording -> {
            recording.takeTurn();
            requested(recording.actor(), repealId);
            events.decideRepeal(repealId, RepealStatus.DECLINED, actor.username(), recording.now(), why);
            recording.audit(ListAuditActions.REPEAL_DECLINED, ListRepealContentSource.PREFIX + repealId, why);
            return events.repeal(repealId).orElseThrow();
        });
    }

    /** Repeal requests waiting in the departments the actor drafts or reviews for. */
    public List<ListRepeal> openRequests(Actor actor) {
        Actor current = rights.of(actor);
        return events.repealsIn(RepealStatus.REQUESTED).stream()
                .filter(r -> current.isPermitted(Permissions.DRAFT_LISTS, r.version().department().id(), null)
                        || current.isPermitted(Permissions.REVIEW_LISTS, r.version().department().id(), null))
                .toList();
    }

    /** Every published repeal, newest first. */
    public List<ListRepeal> published() {
        return events.repealsIn(RepealStatus.PUBLISHED);
    }

    /** The published repeal of a version, if it was repealed. */
    public Optional<ListRepeal> publishedRepealOf(ListVersion version) {
        return events.repealsOf(version.id()).stream().filter(r -> r.status() == RepealStatus.PUBLISHED).findFirst();
    }

    /** Four eyes: whoever asked for a repeal may not also decide it. */
    private ListRepeal requested(Actor actor, int repealId) {
        ListRepeal repeal = events.repeal(repealId).orElseThrow(() -> new ValidationException("lists.repeal.notFound"));
        actor.require(Permissions.REVIEW_LISTS, repeal.version().department().id(), null);
        if (repeal.status() != RepealStatus.REQUESTED) {
            throw new ValidationException("lists.repeal.alreadyDecided");
        }
        if (actor.username().equals(repeal.requestedBy())) {
            throw new FourEyesViolation("lists.review.fourEyes", ListRepealContentSource.PREFIX + repealId);
        }
        return repeal;
    }
}
