package org.safetyportal.content.lists;

import jakarta.inject.Singleton;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.ledger.PerHeadCache;
import org.safetyportal.content.ledger.PublicationHead;
import org.safetyportal.content.organization.Department;

/**
 * The public side of the lists: only published and superseded versions are ever answered.
 *
 * <p>A read model per ledger head: what is public changes only when the ledger grows, so each answer
 * is read once per head ({@link PerHeadCache}) and served from memory until the next publication. The
 * items of a public version never change and are kept by version, bounded by their count.
 */
@Singleton
public class ListCatalogue {

    private static final EnumSet<VersionStatus> PUBLIC = EnumSet.of(VersionStatus.PUBLISHED, VersionStatus.SUPERSEDED,
            VersionStatus.REPEALED);
    private static final long MAXIMUM_ITEMS_HELD = 200_000;

    private final ListRepository repository;
    private final ListContentSource contentSource;
    private final PerHeadCache<EnumSet<VersionStatus>, List<ListVersion>> everywhere;
    private final PerHeadCache<Integer, List<ListVersion>> byDepartment;
    private final PerHeadCache<Integer, Optional<ListVersion>> byId;
    private final Cache<Integer, List<ListItem>> items;

    ListCatalogue(ListRepository repository, ListContentSource contentSource, PublicationHead head) {
        this.repository = repository;
        this.contentSource = contentSource;
        this.everywhere = new PerHeadCache<>(head, 4);
        this.byDepartment = new PerHeadCache<>(head, 1_000);
        this.byId = new PerHeadCache<>(head, 10_000);
        this.items = Caffeine.newBuilder().maximumWeight(MAXIMUM_ITEMS_HELD)
                .weigher((Integer version, List<ListItem> held) -> Math.max(1, held.size())).build();
    }

    /** Every list now in force, across departments. */
    public List<ListVersion> current() {
        return everywhere.get(EnumSet.of(VersionStatus.PUBLISHED), statuses -> List.copyOf(repository.versionsIn(statuses)));
    }

    /** The lists a department has in force, newest year first within each list type. */
    public List<ListVersion> inForce(Department department) {
        return publishedBy(department).stream().filter(v -> v.status() == VersionStatus.PUBLISHED).toList();
    }

    /** Every public version of a department's lists (in force, superseded or repealed), newest first within each list. */
    public List<ListVersion> publishedBy(Department department) {
        return byDepartment.get(department.id(), id -> List.copyOf(repository.versionsOf(id, PUBLIC)));
    }

    /** Every version ever published, in force or superseded: the publication events themselves. */
    public List<ListVersion> published() {
        return everywhere.get(PUBLIC, statuses -> List.copyOf(repository.versionsIn(statuses)));
    }

    public Optional<ListVersion> current(int departmentId, ListType type, int year) {
        return history(departmentId, type, year).stream().filter(v -> v.status() == VersionStatus.PUBLISHED).findFirst();
    }

    /** The published history of one list, newest first. */
    public List<ListVersion> history(int departmentId, ListType type, int year) {
        return byDepartment.get(departmentId, id -> List.copyOf(repository.versionsOf(id, PUBLIC))).stream()
                .filter(v -> v.type() == type && v.year() == year).toList();
    }

    public Optional<ListVersion> version(int id) {
        return byId.get(id, versionId -> repository.version(versionId).filter(version -> version.status().isPublic()));
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
