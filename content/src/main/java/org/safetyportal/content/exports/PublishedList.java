package org.safetyportal.content.exports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safetyportal.content.lists.ListVersion;

/**
 * A published version with its content as the ledger hashed it ({@code department}, {@code listType},
 * {@code year}, {@code versionNo}, {@code effectiveDate}, {@code changeReason} and {@code items}, each
 * item as the named fields of {@code ListItem.fields()}): what every writer writes from.
 */
record PublishedList(ListVersion version, Map<String, Object> content) {

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items() {
        return (List<Map<String, Object>>) content.get("items");
    }

    /** The values of {@link DataDictionary#versionFields()}, in that order; the department's name in Chinese and English. */
    Map<String, Object> versionFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (DataDictionary.Field field : DataDictionary.versionFields()) {
            fields.put(field.name(), switch (field.name()) {
                case "departmentName" -> Map.of("zh", version.department().name().zh(), "en", version.department().name().en());
                case "publishedAt" -> version.publishedAt().toString();
                case "ledgerSubject" -> version.ledgerSubject();
                case "contentHash" -> version.contentHash();
                default -> content.get(field.name());
            });
        }
        return fields;
    }
}
