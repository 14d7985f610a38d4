package org.safetyportal.portal.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import org.safetyportal.content.lists.ListCatalogue;
import org.safetyportal.content.lists.ListItem;
import org.safetyportal.content.lists.ListVersion;

/** Published lists as open data: what is in force now, and any published version with its items. */
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

    @Get
    List<VersionJson> current() {
        return catalogue.current().stream().map(VersionJson::of).toList();
    }

    @Get("/versions/{id}")
    VersionWithItemsJson version(@PathVariable int id) {
        ListVersion version = catalogue.version(id).orElseThrow(ResourceNotFoundException::new);
        return new VersionWithItemsJson(VersionJson.of(version), catalogue.items(version).stream().map(ListItem::fields).toList());
    }
}
