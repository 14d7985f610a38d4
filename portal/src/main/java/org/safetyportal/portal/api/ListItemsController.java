package org.safetyportal.portal.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.exports.ExportFormat;
import org.safetyportal.content.exports.ItemSetExport;
import org.safetyportal.content.exports.ItemSetExports;
import org.safetyportal.content.lists.ItemFilter;
import org.safetyportal.content.lists.ItemHistory;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.lists.PublishedItem;
import org.safetyportal.content.lists.TaskStanding;
import org.safetyportal.content.calendar.CityClock;
import java.time.LocalDate;
import org.safetyportal.content.lists.PublishedItems;
import org.safetyportal.content.lists.ItemPermalinks;

/**
 * Single items of the published lists as open data: the items of the lists in force that pass a
 * filter (paged, and as files), one item in the list in force with its history, and one item as a
 * given version holds it. Filters use the same parameters as the page {@code /lists/items}.
 */
@Controller("/api/v1/lists")
class ListItemsController {

    static final String EXPORT_FILTER = "X-Export-Filter";
    static final String GENERATED_AT = "X-Generated-At";

    private final PublishedItems items;
    private final ItemSetExports exports;

    private final CityClock city;

    ListItemsController(PublishedItems items, ItemSetExports exports, CityClock city) {
        this.city = city;
        this.items = items;
        this.exports = exports;
    }

    @Serdeable
    record ItemJson(int versionId, String contentHash, String ledgerSubject, String department, String listType, int year,
            int versionNo, String status, String effectiveDate, String permalink, String versionPermalink,
            Map<String, Object> item, String taskStanding) {
        /** {@code taskStanding}: an annual key task's status as it stands on {@code today}, OVERDUE past its deadline. */
        static ItemJson of(PublishedItem p, LocalDate today) {
            ListVersion v = p.version();
            TaskStanding standing = TaskStanding.of(p.item().taskStatus(), p.item().deadline(), today);
            return new ItemJson(v.id(), v.contentHash(), v.ledgerSubject(), v.department().code(), v.type().name(), v.year(),
                    v.versionNo(), v.status().name(), String.valueOf(v.effectiveDate()), ItemPermalinks.inForce(v, p.code()),
                    ItemPermalinks.inVersion(v, p.code()), p.item().fields(), standing == null ? null : standing.name());
        }
    }

    @Serdeable
    record PageJson(long total, int offset, int limit, Map<String, String> filter, List<ItemJson> items) {
    }

    @Serdeable
    record HistoryEntryJson(int versionId, int versionNo, String status, String effectiveDate, String contentHash,
            String change, List<ListsController.FieldChangeJson> changedFields) {
        static HistoryEntryJson of(ItemHistory.Entry e) {
            ListVersion v = e.version();
            return new HistoryEntryJson(v.id(), v.versionNo(), v.status().name(), String.valueOf(v.effectiveDate()),
                    v.contentHash(), e.change().name(), e.fields().stream()
                            .map(f -> new ListsController.FieldChangeJson(f.field(), f.oldValue(), f.newValue())).toList());
        }
    }

    @Serdeable
    record ItemWithHistoryJson(ItemJson current, List<HistoryEntryJson> history) {
    }

    /** Items of the lists in force; filters as on the page {@code /lists/items}. */
    @Get("/items")
    PageJson find(@Nullable @QueryValue String department, @Nullable @QueryValue String listType,
            @Nullable @QueryValue String powerType, @Nullable @QueryValue String sector, @Nullable @QueryValue String area,
            @Nullable @QueryValue String year, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
            @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "100") int limit) {
        Paging.check(offset, limit);
        ItemFilter filter = filter(department, listType, powerType, sector, area, year, from, to);
        return new PageJson(items.count(filter), offset, limit, filter.parameters(),
                items.find(filter, offset, limit).stream().map(p -> ItemJson.of(p, city.today())).toList());
    }

    @Get("/items/export.csv")
    HttpResponse<byte[]> csv(@Nullable @QueryValue String department, @Nullable @QueryValue String listType,
            @Nullable @QueryValue String powerType, @Nullable @QueryValue String sector, @Nullable @QueryValue String area,
            @Nullable @QueryValue String year, @Nullable @QueryValue String from, @Nullable @QueryValue String to, HttpRequest<?> request) {
        return export(filter(department, listType, powerType, sector, area, year, from, to), ExportFormat.CSV, request);
    }

    @Get("/items/export.xlsx")
    HttpResponse<byte[]> xlsx(@Nullable @QueryValue String department, @Nullable @QueryValue String listType,
            @Nullable @QueryValue String powerType, @Nullable @QueryValue String sector, @Nullable @QueryValue String area,
            @Nullable @QueryValue String year, @Nullable @QueryValue String from, @Nullable @QueryValue String to, HttpRequest<?> request) {
        return export(filter(department, listType, powerType, sector, area, year, from, to), ExportFormat.XLSX, request);
    }

    @Get("/items/export.json")
    HttpResponse<byte[]> json(@Nullable @QueryValue String department, @Nullable @QueryValue String listType,
            @Nullable @QueryValue String powerType, @Nullable @QueryValue String sector, @Nullable @QueryValue String area,
            @Nullable @QueryValue String year, @Nullable @QueryValue String from, @Nullable @QueryValue String to, HttpRequest<?> request) {
        return export(filter(department, listType, powerType, sector, area, year, from, to), ExportFormat.JSON, request);
    }

    /** One item of a department's list in force, with its history; {@code ?year=} picks the year of an annual list. */
    @Get("/items/{department}/{listType}/{code}")
    ItemWithHistoryJson item(@PathVariable String department, @PathVariable String listType, @PathVariable String code,
            @Nullable @QueryValue Integer year) {
        ListType type = ListType.valueOf(listTypeOrNotFound(listType));
        PublishedItem item = items.inForce(department, type, year, code).orElseThrow(ResourceNotFoundException::new);
        return new ItemWithHistoryJson(ItemJson.of(item, city.today()),
                items.history(item.version(), code).entries().stream().map(HistoryEntryJson::of).toList());
    }

    /** One item exactly as a published (or superseded) version holds it. */
    @Get("/versions/{id}/items/{code}")
    ItemJson inVersion(@PathVariable int id, @PathVariable String code) {
        return ItemJson.of(items.inVersion(id, code).orElseThrow(ResourceNotFoundException::new), city.today());
    }

    private HttpResponse<byte[]> export(ItemFilter filter, ExportFormat format, HttpRequest<?> request) {
        ItemSetExport export = exports.export(filter, format, ApiLanguage.of(request));
        return HttpResponse.ok(export.bytes())
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + export.fileName() + "\"")
                .header(EXPORT_FILTER, filter.query())
                .header(GENERATED_AT, export.generatedAt().toString())
                .header(ListExportsController.FILE_SHA256, export.fileHash());
    }

    private static ItemFilter filter(String department, String listType, String powerType, String sector, String area,
            String year, String from, String to) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(ItemFilter.DEPARTMENT, department);
        parameters.put(ItemFilter.LIST_TYPE, listType);
        parameters.put(ItemFilter.POWER_TYPE, powerType);
        parameters.put(ItemFilter.SECTOR, sector);
        parameters.put(ItemFilter.AREA, area);
        parameters.put(ItemFilter.YEAR, year);
        parameters.put(ItemFilter.FROM, from);
        parameters.put(ItemFilter.TO, to);
        return ItemFilter.parse(parameters);
    }

    private static String listTypeOrNotFound(String value) {
        for (ListType type : ListType.values()) {
            if (type.name().equals(value)) {
                return value;
            }
        }
        throw new ResourceNotFoundException();
    }
}
