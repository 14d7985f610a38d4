package org.safetyportal.content.lists;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.publishing.PublicationKind;
import org.safetyportal.content.publishing.PublicationRecorder;

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

    private static final PublicationKind PUBLISHED = new PublicationKind(LEDGER_EVENT, TaskProgressContentSource.PREFIX,
            ListAuditActions.PROGRESS_PUBLISHED);

    private final ListRepository lists;
    private final RepealAndProgressRepository events;
    private final PublicationRecorder recorder;
    private final CityClock clock;

    TaskProgressUpdates(ListRepository lists, RepealAndProgressRepository events, PublicationRecorder recorder, CityClock clock) {
        this.lists = lists;
        this.events = events;
        this.recorder = recorder;
        this.clock = clock;
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
        return recorder.inTransaction(actor, recording -> {
            ListVersion version = lists.version(versionId).orElseThrow(() -> new ValidationException("lists.version.notFound"));
            recording.actor().require(Permissions.DRAFT_LISTS, version.department().id(), null);
            // The version in force today, whatever the newest published one: an announced one has not begun.
            if (version.type() != ListType.ANNUAL_TASKS || !EffectiveVersions.of(lists, version, clock.today()).inForce()) {
                throw new ValidationException("lists.progress.notInForce");
            }
            if (lists.items(versionId).stream().noneMatch(item -> item.code().equals(itemCode))) {
                throw new ValidationException("lists.progress.unknownItem", String.valueOf(itemCode));
            }
            int id = events.insertProgress(versionId, itemCode, status, text, reportedOn, actor.username(), recording.now());
            TaskProgress published = events.progress(id).orElseThrow();
            recording.published(PUBLISHED, id, TaskProgressContentSource.canonical(version, published), itemCode);
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
