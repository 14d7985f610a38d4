package org.safetyportal.portal.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.lists.ListCatalogue;
import org.safetyportal.content.lists.ListDiff;
import org.safetyportal.content.lists.ListItem;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;

/**
 * Published lists as open data: what is in force now, a department's versions, the history of one
 * list (collections paged with {@code offset}, {@code limit} and the total), any published version
 * with its items, and what changed between two versions of one list.
 */
@Controller("/api/v1/lists")
class ListsController {

    private final ListCatalogue catalogue;
    private final OrganizationDirectory organization;

    ListsController(ListCatalogue catalogue, OrganizationDirectory organization) {
        this.catalogue = catalogue;
        this.organization = organization;
    }

    @Serdeable
    record VersionJson(int id, String department, String listType, int year, int versionNo, String status,
            String effectiveDate, String changeReason, String publishedAt, String contentHash, String ledgerSubject) {
        static VersionJson of(ListVersion v) {
            return new VersionJson(v.id(), v.department().code(), v.type().name(), v.year(), v.versionNo(),
                    v.status().name(), String.valueOf(v.effectiveDate()), v.changeReason().name(),
                    v.publishedAt().toString(), v.contentHash(), v.ledgerSubject());
        }
    }

    @Serdeable
    record VersionWithItemsJson(VersionJson version, List<Map<String, Object>> items) {
    }

    /**
     * As everywhere in this API, empty values (no items removed, a field that had no value) are left
     * out; the summary always has all four counts.
     */
    @Serdeable
    record DiffJson(VersionJson from, VersionJson to, SummaryJson summary, List<ChangedItemJson> changed,
            List<Map<String, Object>> added, List<Map<String, Object>> removed) {
        static DiffJson of(ListDiff d) {
            return new DiffJson(VersionJson.of(d.from()), VersionJson.of(d.to()),
                    new SummaryJson(d.changed().size(), d.added().size(), d.removed().size(), d.unchanged()),
                    d.changed().stream().map(ChangedItemJson::of).toList(),
                    d.added().stream().map(ListItem::fields).toList(), d.removed().stream().map(ListItem::fields).toList());
        }
    }

    @Serdeable
    record SummaryJson(int changed, int added, int removed, int unchanged) {
    }

    @Serdeable
    record ChangedItemJson(String code, List<FieldChangeJson> fields) {
        static ChangedItemJson of(ListDiff.ChangedItem c) {
            return new ChangedItemJson(c.code(), c.fields().stream()
                    .map(f -> new FieldChangeJson(f.field(), f.oldValue(), f.newValue())).toList());
        }
    }

    @Serdeable
    record FieldChangeJson(String field, Object oldValue, Object newValue) {
    }

    /** One page of versions, with how many there are in all. */
    @Serdeable
    record VersionPageJson(long total, int offset, int limit, List<VersionJson> versions) {
        static VersionPageJson of(List<ListVersion> all, int offset, int limit) {
            Paging.check(offset, limit);
            return new VersionPageJson(all.size(), offset, limit,
                    Paging.page(all, offset, limit).stream().map(VersionJson::of).toList());
        }
    }

    /** Every list version in force, by department. */
    @Get
    VersionPageJson current(@QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "100") int limit) {
        return VersionPageJson.of(catalogue.current(), offset, limit);
    }

    /** Every published version of one department's lists, in force or superseded, by list, newest first. */
    @Get("/departments/{code}")
    VersionPageJson department(@PathVariable String code, @QueryValue(defaultValue = "0") int offset,
            @QueryValue(defaultValue = "100") int limit) {
        Department department = organization.department(code)
                .orElseThrow(ResourceNotFoundException::new);
        return VersionPageJson.of(catalogue.published().stream()
                .filter(v -> v.department().id() == department.id()).toList(), offset, limit);
    }

    /** The published versions of one list, newest first; {@code ?year=} for an annual list. */
    @Get("/departments/{code}/{listType}/history")
    VersionPageJson history(@PathVariable String code, @PathVariable String listType, @Nullable @QueryValue Integer year,
            @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "100") int limit) {
        Department department = organization.department(code)
                .orElseThrow(ResourceNotFoundException::new);
        ListType type = Arrays.stream(ListType.values()).filter(t -> t.name().equals(listType)).findFirst()
                .orElseThrow(ResourceNotFoundException::new);
        if (type.isAnnual() && year == null) {
            throw new ValidationException("api.parameter.invalid", "year");
        }
        return VersionPageJson.of(catalogue.history(department.id(), type, type.isAnnual() ? year : 0), offset, limit);
    }

    @Get("/versions/{id}")
    VersionWithItemsJson version(@PathVariable int id) {
        ListVersion version = catalogue.version(id).orElseThrow(ResourceNotFoundException::new);
        return new VersionWithItemsJson(VersionJson.of(version), catalogue.items(version).stream().map(ListItem::fields).toList());
    }

    /** {@code ?from=ID&to=ID}: two published versions of the same list, compared item by item. */
    @Get("/diff")
    DiffJson diff(@QueryValue @Nullable Integer from, @QueryValue @Nullable Integer to) {
        if (from == null) {
            throw new ValidationException("api.parameter.invalid", "from");
        }
        if (to == null) {
            throw new ValidationException("api.parameter.invalid", "to");
        }
        if (catalogue.version(from).isEmpty() || catalogue.version(to).isEmpty()) {
            throw new ResourceNotFoundException();
        }
        return DiffJson.of(catalogue.diff(from, to));
    }
}
