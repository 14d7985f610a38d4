package org.safetyportal.content.exports;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safetyportal.content.ledger.CanonicalJson;

/**
 * One JSON object, written canonically (keys sorted, no white space): {@code content} is the version
 * exactly as the publication ledger hashed it, so the SHA-256 of that object as written here is
 * {@code contentHash}; beside it the department's name, the publication time and the ledger subject.
 */
final class JsonWriter implements ExportWriter {

    @Override
    public byte[] write(PublishedList list, Headings headings) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("content", list.content());
        list.versionFields().forEach((name, value) -> {
            if (!list.content().containsKey(name)) {
                json.put(name, value);
            }
        });
        return CanonicalJson.write(json).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One canonical object: {@code filter} (the filter's written form) and {@code parameters} (the same
     * by name), {@code generatedAt}, {@code itemCount}, and {@code items}, each an object of its
     * provenance fields with the item's fields under {@code item} and what is derived for the day
     * ({@code taskStanding}, for annual tasks only). Keys are field names in every language; {@code headings} is not used.
     */
    @Override
    public byte[] write(ItemSet set, Headings headings) {
        Map<String, Object> json = new LinkedHashMap<>(set.about());
        json.put("parameters", set.filter().parameters());
        json.put("items", set.items().stream().map(item -> {
            Map<String, Object> row = new LinkedHashMap<>(ItemSet.provenance(item));
            row.put("item", item.item().fields());
            set.derived(item).forEach((name, value) -> {
                if (value != null) {
                    row.put(name, value);
                }
            });
            return row;
        }).toList());
        return CanonicalJson.write(json).getBytes(StandardCharsets.UTF_8);
    }
}
