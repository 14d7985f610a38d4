package org.safetyportal.content.lists;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.AuditLog;
import org.safetyportal.content.account.CurrentRights;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.ledger.PublicationLedger;

/**
 * Progress of the annual key tasks (年度重点任务清单) during the year, as published events.
 *
 * <p>An update is published at once, without a reviewer. The tasks themselves, their measures and
 * deadlines, were published under four eyes and an update cannot change them; it only reports how
 * the department is doing against them, and the notice asks for such results to be public promptly.
 * Every update names its publisher, is never changed and enters the ledger, so a wrong update is
 * answered by a later one in plain view rather than held back or edited.
 */
@Singleton
public class TaskProgressUpdates {

    public static final String LEDGER_EVENT = "task.progress";
    private static final int MAX_PROGRESS = 2000;

    private final DSLContext dsl;
    private final ListRepository lists;
    private final ListEventRepository events;
    private final PublicationLedger ledger;
    private final AuditLog auditLog;
    private final CityClock clock;
    private final CurrentRights rights;

    TaskProgressUpdates(DSLContext dsl, ListRepository lists, ListEventRepository events, PublicationLedger ledger,
            AuditLog auditLog, CityClock clock, CurrentRights rights) {
        this.dsl = dsl;
        this.lists = lists;
        this.events = events;
        this.ledger = ledger;
        this.auditLog = auditLog;
        this.clock = clock;
        this.rights = rights;
    }

    /** A publisher of the department reports on one task of an annual list in force. */
    public TaskProgress post(Actor actor, int versionId, String itemCode, TaskStatus status, String progress,
            LocalDate reportedOn) {
        String text = progress == null ? "" : progress.strip();
        if (status == null) {
            throw new ValidationException("lists.progress.statusRequired");
        }
        if (text.isEmpty() || text.length() > MAX_PROGRESS) {
            throw new ValidationException("lists.progress.textRequired", MAX_PROGRESS);
        }
        if (reportedOn == null || reportedOn.isAfter(clock.today())) {
            throw new ValidationException("lists.progress.dateInvalid");
        }
        return dsl.transactionResult(() -> {
            Actor current = rights.of(actor);
            ListVersion version = lists.version(versionId).orElseThrow(() -> new ValidationException("lists.version.notFound"));
            current.require(Permissions.DRAFT_LISTS, version.department().id(), null);
            if (version.type() != ListType.ANNUAL_TASKS || version.status() != VersionStatus.PUBLISHED) {
                throw new ValidationException("lists.progress.notInForce");
            }
            if (lists.items(versionId).stream().noneMatch(item -> item.code().equals(itemCode))) {
                throw new ValidationException("lists.progress.unknownItem", String.valueOf(itemCode));
            }
            Instant now = clock.now().truncatedTo(ChronoUnit.SECONDS);
            int id = events.insertProgress(versionId, itemCode, status, text, reportedOn, actor.username(), now);
            TaskProgress published = events.progress(id).orElseThrow();
            ledger.append(LEDGER_EVENT, published.ledgerSubject(), TaskProgressContentSource.canonical(version, published), now);
            auditLog.record(actor.username(), ListAuditActions.PROGRESS_PUBLISHED, published.ledgerSubject(), itemCode);
            return published;
        });
    }

    /**
     * Every update of the tasks of this list, posted against this version or any other version of
     * the same list and year, newest first.
     */
    public List<TaskProgress> updates(ListVersion version) {
        if (version.type() != ListType.ANNUAL_TASKS) {
            return List.of();
        }
        List<Integer> series = lists.versions(version.department().id(), version.type(), version.year(),
                List.of(VersionStatus.values())).stream().map(ListVersion::id).toList();
        return events.progressOf(series);
    }

    /** Each task's latest update, by item code: its current status. */
    public Map<String, TaskProgress> latestByItem(ListVersion version) {
        Map<String, TaskProgress> latest = new LinkedHashMap<>();
        for (TaskProgress update : updates(version)) {
            latest.putIfAbsent(update.itemCode(), update);
        }
        return latest;
    }

    /** The latest updates across all departments, newest publication first, for feeds. */
    public List<TaskProgress> latest(int limit) {
        return events.latestProgress(limit);
    }

    public ListVersion versionOf(TaskProgress update) {
        return lists.version(update.versionId()).orElseThrow();
    }
}
