package org.safetyportal.content.lists;

import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.ValidationException;

/** The public side of the lists: only published and superseded versions are ever answered. */
@Singleton
public class ListCatalogue {

    private static final EnumSet<VersionStatus> PUBLIC = EnumSet.of(VersionStatus.PUBLISHED, VersionStatus.SUPERSEDED,
            VersionStatus.REPEALED);

    private final ListRepository repository;
    private final ListContentSource contentSource;

    ListCatalogue(ListRepository repository, ListContentSource contentSource) {
        this.repository = repository;
        this.contentSource = contentSource;
    }

    /** Every list now in force, across departments. */
    public List<ListVersion> current() {
        return repository.versionsIn(EnumSet.of(VersionStatus.PUBLISHED));
    }

    /** Every version ever published, in force or superseded: the publication events themselves. */
    public List<ListVersion> published() {
        return repository.versionsIn(PUBLIC);
    }

    public Optional<ListVersion> current(int departmentId, ListType type, int year) {
        return repository.versions(departmentId, type, year, EnumSet.of(VersionStatus.PUBLISHED)).stream().findFirst();
    }

    /** The published history of one list, newest first. */
    public List<ListVersion> history(int departmentId, ListType type, int year) {
        return repository.versions(departmentId, type, year, PUBLIC);
    }

    public Optional<ListVersion> version(int id) {
        return repository.version(id).filter(version -> version.status().isPublic());
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
        return ListDiff.between(from, repository.items(from.id()), to, repository.items(to.id()));
    }

    public List<ListItem> items(ListVersion version) {
        if (!version.status().isPublic()) {
            return List.of();
        }
        return repository.items(version.id());
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
