package org.safetyportal.content.exports;

import java.util.Locale;
import org.safetyportal.i18n.Messages;

/**
 * The header row of a CSV file or a workbook sheet in the reader's language. Each heading is the
 * field's short name in that language followed by its field name in brackets, e.g. {@code 记录编号 (recordCode)}
 * or {@code Record number (recordCode)}, so that a person reads the column and can still find the field in
 * the data dictionary and in the JSON, whose keys are the field names in every language.
 */
public final class Headings {

    private final Locale locale;

    private Headings(Locale locale) {
        this.locale = locale;
    }

    public static Headings in(Locale locale) {
        return new Headings(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The heading of a field's column: {@code exports.heading.<field>} in the reader's language, and the field name. */
    public String of(String field) {
        return name(field) + " (" + field + ")";
    }

    /** The field's short name in the reader's language alone. */
    public String name(String field) {
        return Messages.get(locale, "exports.heading." + field);
    }

    /** A text of the bundles in the reader's language, such as a sheet's name. */
    String text(String key, Object... arguments) {
        return Messages.get(locale, key, arguments);
    }
}
