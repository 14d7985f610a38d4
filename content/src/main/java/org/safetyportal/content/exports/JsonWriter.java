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
    public byte[] write(PublishedList list) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("content", list.content());
        list.versionFields().forEach((name, value) -> {
            if (!list.content().containsKey(name)) {
                json.put(name, value);
            }
        });
        return CanonicalJson.write(json).getBytes(StandardCharsets.UTF_8);
    }
}
