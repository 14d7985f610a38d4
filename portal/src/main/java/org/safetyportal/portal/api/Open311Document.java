package org.safetyportal.portal.api;

import io.micronaut.http.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safetyportal.content.ledger.CanonicalJson;

/**
 * An Open311 answer in the format its address names: {@code .json}, or {@code .xml} with the standard's
 * element names (a list of {@code request} in {@code service_requests}, of {@code service} in
 * {@code services}, of {@code error} in {@code errors}). Values are strings, numbers, booleans, nested
 * maps or lists of them; null is an empty element in XML and null in JSON.
 */
enum Open311Document {
    JSON("json", MediaType.APPLICATION_JSON_TYPE),
    XML("xml", MediaType.of("text/xml;charset=utf-8"));

    private final String extension;
    private final MediaType mediaType;

    Open311Document(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** {@code "requests.json"} with base {@code "requests"} → JSON; empty for any other name. */
    static Optional<Open311Document> of(String file, String base) {
        for (Open311Document format : values()) {
            if (file.equals(base + "." + format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** A name {@code "<id>.json"} split into the id and its format; empty for any other extension. */
    static Optional<Named> named(String file) {
        for (Open311Document format : values()) {
            String suffix = "." + format.extension;
            if (file.endsWith(suffix) && file.length() > suffix.length()) {
                return Optional.of(new Named(file.substring(0, file.length() - suffix.length()), format));
            }
        }
        return Optional.empty();
    }

    record Named(String name, Open311Document format) {
    }

    /** A list of elements, e.g. {@code ("service_requests", "request", requests)}. */
    String list(String root, String element, List<? extends Map<String, ?>> items) {
        if (this == JSON) {
            return CanonicalJson.write(items);
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<").append(root).append('>');
        items.forEach(item -> element(xml, element, item));
        return xml.append("</").append(root).append(">\n").toString();
    }

    /** One object, e.g. the discovery document or a service definition. */
    String object(String root, Map<String, ?> value) {
        if (this == JSON) {
            return CanonicalJson.write(value);
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        element(xml, root, value);
        return xml.append('\n').toString();
    }

    private static void element(StringBuilder xml, String name, Object value) {
        xml.append('<').append(name).append('>');
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> {
                if (inner instanceof List<?> list) {
                    xml.append('<').append(key).append('>');
                    list.forEach(each -> element(xml, singular(String.valueOf(key)), each));
                    xml.append("</").append(key).append('>');
                } else {
                    element(xml, String.valueOf(key), inner);
                }
            });
        } else if (value != null) {
            escape(xml, String.valueOf(value));
        }
        xml.append("</").append(name).append('>');
    }

    /** The element of one member of a list: {@code attributes} → {@code attribute}, {@code formats} → {@code format}. */
    private static String singular(String list) {
        return list.endsWith("s") ? list.substring(0, list.length() - 1) : list;
    }

    private static void escape(StringBuilder xml, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '&' -> xml.append("&amp;");
                case '"' -> xml.append("&quot;");
                case '\'' -> xml.append("&apos;");
                default -> {
                    // XML 1.0 cannot carry most control characters at all, not even escaped.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        xml.append(c);
                    }
                }
            }
        }
    }
}
