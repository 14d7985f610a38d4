package org.safetyportal.content.exports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a header row written in a reader's language ({@code 记录编号 (recordCode)}) back to its field
 * names, checking on the way that every heading has a name in that language before the field name.
 */
final class HeadingRow {

    private static final Pattern HEADING = Pattern.compile("(.+) \\(([A-Za-z]+)\\)");

    private HeadingRow() {
    }

    static List<String> fieldNames(List<String> headings) {
        return headings.stream().map(HeadingRow::fieldName).toList();
    }

    static String fieldName(String heading) {
        Matcher matcher = HEADING.matcher(heading);
        assertTrue(matcher.matches(), "a heading is a name and the field name in brackets: " + heading);
        assertFalse(matcher.group(1).startsWith("!"), "the heading has a name in the reader's language: " + heading);
        return matcher.group(2);
    }
}
