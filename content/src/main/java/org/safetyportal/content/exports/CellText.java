package org.safetyportal.content.exports;

import java.util.Collection;
import java.util.stream.Collectors;

/** A field value as the text of one CSV or workbook cell; several values are joined by {@link DataDictionary#VALUE_SEPARATOR}. */
final class CellText {

    private CellText() {
    }

    /** Null when the field has no value, an empty collection included. */
    static String of(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> values) {
            if (values.isEmpty()) {
                return null;
            }
            return values.stream().map(String::valueOf).collect(Collectors.joining(DataDictionary.VALUE_SEPARATOR));
        }
        return value.toString();
    }
}
