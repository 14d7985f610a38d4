package org.safetyportal.content.exports;

import java.util.regex.Pattern;

/**
 * Keeps a cell of a CSV file from being run as a formula when the file is opened in a spreadsheet
 * (CSV injection). As OWASP describes: a text beginning with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return gets a single quote in front, and a text holding the field
 * separator, a quote or a line break is quoted with its quotes doubled. A plain number such as
 * {@code -3} or {@code +1.5} cannot be a formula and is left as it is. A text that itself begins with a
 * single quote gets one more, so that a reader restores every text exactly by removing one leading
 * quote wherever there is one. The content hash is of the canonical content in the publication
 * record, never of these bytes: the added quote changes no hash.
 */
final class CsvCell {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private CsvCell() {
    }

    /** The text as one CSV field; null (no value) is an empty field, the empty text {@code ""}. */
    static String of(String text) {
        if (text == null) {
            return "";
        }
        String safe = startsLikeAFormula(text) || text.startsWith("'") ? "'" + text : text;
        if (safe.isEmpty() || safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    static boolean startsLikeAFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        boolean trigger = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return trigger && !PLAIN_NUMBER.matcher(text).matches();
    }
}
