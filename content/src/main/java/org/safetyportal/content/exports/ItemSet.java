package org.safetyportal.content.exports;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safetyportal.content.lists.ItemFilter;
import org.safetyportal.content.lists.PublishedItem;

/**
 * The items of the lists in force that passed a filter, at one moment: what a filtered export is
 * written from. Each row carries its own provenance (the version it belongs to, with that version's
 * content hash), the whole set the filter and the time it was generated.
 */
record ItemSet(ItemFilter filter, Instant generatedAt, List<PublishedItem> items) {

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

    /** What the set's about sheet and JSON metadata say: the filter (as its query and by parameter), the time, the count. */
    Map<String, Object> about() {
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("filter", filter.query());
        about.put("generatedAt", generatedAt.toString());
        about.put("itemCount", items.size());
        return about;
    }
}
