package org.safetyportal.content.lists;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;

/**
 * Finding and citing single items of the published lists: an item in the list in force (its
 * permalink), an item as one version holds it (the form media cite), its history across versions,
 * and the items of the lists in force that pass a filter.
 */
@Singleton
public class PublishedItems {

    /** The most items one call answers; exports ask for at most this many too. */
    public static final int MAX_ITEMS = 5000;

    private final ListItemQueries queries;
    private final ListCatalogue catalogue;
    private final OrganizationDirectory organization;

    PublishedItems(ListItemQueries queries, ListCatalogue catalogue, OrganizationDirectory organization) {
        this.queries = queries;
        this.catalogue = catalogue;
        this.organization = organization;
    }

    /**
     * The item with this code in the department's list of this type in force. For an annual list,
     * {@code year} picks the year; without one, the newest year whose list in force holds the item.
     * Other lists ignore the year.
     */
    public Optional<PublishedItem> inForce(String departmentCode, ListType type, Integer year, String code) {
        Optional<Department> department = department(departmentCode);
        if (department.isEmpty() || code == null) {
            return Optional.empty();
        }
        int listYear;
        if (!type.isAnnual()) {
            listYear = 0;
        } else if (year != null) {
            listYear = year;
        } else {
            List<Integer> years = queries.yearsInForce(department.get().id(), type, code);
            if (years.isEmpty()) {
                return Optional.empty();
            }
            listYear = years.get(0);
        }
        return catalogue.current(department.get().id(), type, listYear)
                .flatMap(version -> inVersion(version, code));
    }

    /** The item with this code as a published (or superseded) version holds it. */
    public Optional<PublishedItem> inVersion(int versionId, String code) {
        return catalogue.version(versionId).flatMap(version -> inVersion(version, code));
    }

    /** The item through every published version of its list, newest first. */
    public ItemHistory history(ListVersion anyVersion, String code) {
        List<ListVersion> oldestFirst = new ArrayList<>(catalogue.history(anyVersion.department().id(), anyVersion.type(),
                anyVersion.year()));
        Collections.reverse(oldestFirst);
        Map<Integer, ListItem> held = queries.itemIn(oldestFirst.stream().map(ListVersion::id).toList(), code);
        return ItemHistory.of(code, oldestFirst, oldestFirst.stream().map(v -> Optional.ofNullable(held.get(v.id()))).toList());
    }

    /** How many items of the lists in force pass the filter; a filter naming an unknown department, sector or area is refused. */
    public long count(ItemFilter filter) {
        check(filter);
        return queries.count(filter);
    }

    /** A page of the items of the lists in force that pass the filter, in the order of the directory. */
    public List<PublishedItem> find(ItemFilter filter, int offset, int limit) {
        check(filter);
        if (offset < 0 || limit < 1) {
            return List.of();
        }
        return queries.find(filter, offset, Math.min(limit, MAX_ITEMS));
    }

    private Optional<PublishedItem> inVersion(ListVersion version, String code) {
        return code == null ? Optional.empty() : queries.item(version.id(), code).map(item -> new PublishedItem(version, item));
    }

    private Optional<Department> department(String code) {
        return organization.department(code);
    }

    private void check(ItemFilter filter) {
        if (filter.department() != null && department(filter.department()).isEmpty()) {
            throw new ValidationException("lists.items.filter.department.unknown", filter.department());
        }
        if (filter.sector() != null && organization.sector(filter.sector()).isEmpty()) {
            throw new ValidationException("lists.items.filter.sector.unknown", filter.sector());
        }
        if (filter.area() != null && organization.area(filter.area()).isEmpty()) {
            throw new ValidationException("lists.items.filter.area.unknown", filter.area());
        }
        if (filter.year() != null && (filter.year() < 2000 || filter.year() > 2100)) {
            throw new ValidationException("lists.items.filter.invalid", ItemFilter.YEAR);
        }
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new ValidationException("lists.items.filter.dateRange");
        }
    }
}
