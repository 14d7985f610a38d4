package org.safetyportal.portal.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.lists.ListCatalogue;
import org.safetyportal.content.lists.ListDiff;
import org.safetyportal.content.lists.ListItem;
import org.safetyportal.content.lists.ListVersion;

/**
 * Published lists as open data: what is in force now, any published version with its items, and
 * what changed between two versions of one list.
 */
@Controller("/api/v1/lists")
class ListsController {

    private final ListCatalogue catalogue;

    ListsController(ListCatalogue catalogue) {
        this.catalogue = catalogue;
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

    @Get
    List<VersionJson> current() {
        return catalogue.current().stream().map(VersionJson::of).toList();
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
