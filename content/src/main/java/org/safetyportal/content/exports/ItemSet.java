package org.safetyportal.content.exports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safetyportal.content.lists.ItemFilter;
import org.safetyportal.content.lists.PublishedItem;
import org.safetyportal.content.lists.TaskStanding;

/**
 * The items of the lists in force that passed a filter, at one moment: what a filtered export is
 * written from. Each row carries its own provenance (the version it belongs to, with that version's
 * content hash), the whole set the filter, the time it was generated and the city's day that derived
 * states such as an overdue task are reckoned on.
 */
record ItemSet(ItemFilter filter, Instant generatedAt, LocalDate asOf, List<PublishedItem> items) {

    /** The values of {@link DataDictionary#itemSetFields()} for one item, in that order. */
    static Map<String, Object> provenance(PublishedItem item) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (DataDictionary.Field field : DataDictionary.itemSetFields()) {
            fields.put(field.name(), switch (field.name()) {
                case "department" -> item.version().department().code();
                case "listType" -> item.version().type().name();
                case "year" -> item.version().year();
                case "versionId" -> item.version().id();
                case "versionNo" -> item.version().versionNo();
                case "effectiveDate" -> String.valueOf(item.version().effectiveDate());
                case "contentHash" -> item.version().contentHash();
                default -> throw new IllegalStateException(field.name());
            });
        }
        return fields;
    }

    /**
     * The values of {@link DataDictionary#itemSetDerivedFields()} for one item on the set's day: an annual
     * task's standing ({@code OVERDUE} once its deadline has passed uncompleted), nothing for other items.
     */
    Map<String, Object> derived(PublishedItem item) {
        TaskStanding standing = TaskStanding.of(item.item().taskStatus(), item.item().deadline(), asOf);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("taskStanding", standing == null ? null : standing.name());
        return fields;
    }

    /** What the set's about sheet and JSON metadata say: the filter (as its query and by parameter), the time, the count. */
    Map<String, Object> about() {
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("filter", filter.query());
        about.put("generatedAt", generatedAt.toString());
        about.put("asOf", asOf.toString());
        about.put("itemCount", items.size());
        return about;
    }
}
