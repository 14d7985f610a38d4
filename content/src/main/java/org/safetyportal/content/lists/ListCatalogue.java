package org.safetyportal.content.lists;

import jakarta.inject.Singleton;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.ledger.LedgerFamily;
import org.safetyportal.content.ledger.PerHeadCache;
import org.safetyportal.content.ledger.PublicationHead;
import org.safetyportal.content.organization.Department;

/**
 * The public side of the lists: only public versions are ever answered, each with its standing on the
 * city's today ({@link EffectiveVersions}): in force, announced to take effect later, superseded or
 * repealed. Whatever reads "the lists in force" (pages, the API, feeds, routing) reads them here.
 *
 * <p>A read model per ledger head: what is public changes only when the ledger grows, so each answer
 * is read once per head of the lists' own publications ({@link #PUBLICATIONS}, {@link PerHeadCache}) and served
 * from memory until the next of them. The
 * items of a public version never change and are kept by version, bounded by their count.
 */
@Singleton
public class ListCatalogue {

    /**
     * What changes the public versions and their items: a publication (which supersedes the version before), a
     * repeal, a task's progress. Reports and inspections leave the lists as they were.
     */
    public static final LedgerFamily PUBLICATIONS = LedgerFamily.of(ListPublishing.LEDGER_EVENT, ListRepeals.LEDGER_EVENT,
            TaskProgressUpdates.LEDGER_EVENT);

    private static final EnumSet<VersionStatus> PUBLIC = EffectiveVersions.PUBLIC;
    private static final long MAXIMUM_ITEMS_HELD = 200_000;

    private final ListRepository repository;
    private final ListContentSource contentSource;
    private final PerHeadCache<EnumSet<VersionStatus>, List<ListVersion>> everywhere;
    private final PerHeadCache<Integer, List<ListVersion>> byDepartment;
    private final PerHeadCache<Integer, Optional<ListVersion>> byId;
    private final Cache<Integer, List<ListItem>> items;
    private final PerHeadCache<LocalDate, List<ListVersion>> standingOn;
    private final CityClock clock;

    ListCatalogue(ListRepository repository, ListContentSource contentSource, PublicationHead head, CityClock clock) {
        this.clock = clock;
        this.standingOn = new PerHeadCache<>(head, PUBLICATIONS, 2);
        this.repository = repository;
        this.contentSource = contentSource;
        this.everywhere = new PerHeadCache<>(head, PUBLICATIONS, 4);
        this.byDepartment = new PerHeadCache<>(head, PUBLICATIONS, 1_000);
        this.byId = new PerHeadCache<>(head, PUBLICATIONS, 10_000);
        this.items = Caffeine.newBuilder().maximumWeight(MAXIMUM_ITEMS_HELD)
                .weigher((Integer version, List<ListItem> held) -> Math.max(1, held.size())).build();
    }

    /** Every list in force today, across departments (a version announced for a later day is not yet). */
    public List<ListVersion> current() {
        return published().stream().filter(v -> v.status() == VersionStatus.PUBLISHED).toList();
    }

    /** The lists a department has in force today, newest year first within each list type. */
    public List<ListVersion> inForce(Department department) {
        return publishedBy(department).stream().filter(v -> v.status() == VersionStatus.PUBLISHED).toList();
    }

    /** A department's versions published to take effect after today, each "takes effect on" its effective date. */
    public List<ListVersion> announced(Department department) {
        return publishedBy(department).stream().filter(v -> v.status() == VersionStatus.ANNOUNCED).toList();
    }

    /** Every public version of a department's lists with its standing today, newest first within each list. */
    public List<ListVersion> publishedBy(Department department) {
        return EffectiveVersions.on(byDepartment.get(department.id(), id -> List.copyOf(repository.versionsOf(id, PUBLIC))),
                clock.today());
    }

    /** Every version ever published, with its standing today: the publication events themselves. */
    public List<ListVersion> published() {
        return standingOn.get(clock.today(), today -> EffectiveVersions.on(
                everywhere.get(PUBLIC, statuses -> List.copyOf(repository.versionsIn(statuses))), today));
    }

    /** The version of one list in force today, if any. */
    public Optional<ListVersion> current(int departmentId, ListType type, int year) {
        return history(departmentId, type, year).stream().filter(v -> v.status() == VersionStatus.PUBLISHED).findFirst();
    }

    /** The version of one list announced to take effect after today, if any. */
    public Optional<ListVersion> announced(int departmentId, ListType type, int year) {
        return history(departmentId, type, year).stream().filter(v -> v.status() == VersionStatus.ANNOUNCED).findFirst();
    }

    /** The published history of one list with each version's standing today, newest first. */
    public List<ListVersion> history(int departmentId, ListType type, int year) {
        return EffectiveVersions.on(byDepartment.get(departmentId, id -> List.copyOf(repository.versionsOf(id, PUBLIC))).stream()
                .filter(v -> v.type() == type && v.year() == year).toList(), clock.today());
    }

    public Optional<ListVersion> version(int id) {
        return byId.get(id, versionId -> repository.version(versionId).filter(version -> version.status().isPublic()))
                .flatMap(stored -> history(stored.department().id(), stored.type(), stored.year()).stream()
                        .filter(v -> v.id() == stored.id()).findFirst());
    }

    /** The public version this one replaced, if any: the next lower version number of the same list. */
    public Optional<ListVersion> previous(ListVersion version) {
        return history(version.department().id(), version.type(), version.year()).stream()
                .filter(earlier -> earlier.versionNo() < version.versionNo())
                .findFirst();
    }

    /**
     * The version that amended this one, if any: the next higher version number of the same list.
     * Derived, so that nothing of a published version is ever written again.
     */
    public Optional<ListVersion> amendedBy(ListVersion version) {
        return history(version.department().id(), version.type(), version.year()).stream()
                .filter(later -> later.versionNo() > version.versionNo())
                .reduce((newer, older) -> older);
    }

    /**
     * What changed from one public version of a list to another (of the same department, list type
     * and year), in either direction.
     */
    public ListDiff diff(int fromVersionId, int toVersionId) {
        ListVersion from = version(fromVersionId).orElseThrow(() -> new ValidationException("lists.version.notFound"));
        ListVersion to = version(toVersionId).orElseThrow(() -> new ValidationException("lists.version.notFound"));
        if (from.department().id() != to.department().id() || from.type() != to.type() || from.year() != to.year()) {
            throw new ValidationException("lists.diff.differentLists");
        }
        return ListDiff.between(from, items(from), to, items(to));
    }

    public List<ListItem> items(ListVersion version) {
        if (!version.status().isPublic()) {
            return List.of();
        }
        return items.get(version.id(), id -> List.copyOf(repository.items(id)));
    }

    /**
     * The items of every version given, in one query for those not held yet: for readers that walk many
     * versions at once, such as the search index. Versions that are not public have no items here.
     */
    public Map<Integer, List<ListItem>> items(Collection<ListVersion> versions) {
        List<Integer> ids = versions.stream().filter(v -> v.status().isPublic()).map(ListVersion::id).toList();
        Map<Integer, List<ListItem>> found = new HashMap<>(items.getAllPresent(ids));
        List<Integer> missing = ids.stream().filter(id -> !found.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            Map<Integer, List<ListItem>> loaded = repository.items(missing);
            for (Integer id : missing) {
                List<ListItem> held = List.copyOf(loaded.getOrDefault(id, List.of()));
                found.put(id, held);
                items.put(id, held);
            }
        }
        return found;
    }

    /**
     * A published version's content exactly as the publication ledger hashed it: written as
     * canonical JSON ({@code CanonicalJson}), its SHA-256 is the version's {@code contentHash}.
     */
    public Map<String, Object> publishedContent(ListVersion version) {
        if (!version.status().isPublic()) {
            throw new IllegalArgumentException("Version " + version.id() + " is not published");
        }
        return contentSource.publishedContent(version);
    }
}
