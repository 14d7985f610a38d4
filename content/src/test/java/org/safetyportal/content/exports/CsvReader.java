package org.safetyportal.content.exports;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the tests, independent of the writer: records end in CRLF, quoted
 * fields may hold commas, doubled quotes and line breaks. An unquoted empty field reads as null, a
 * quoted one as the empty string.
 */
public final class CsvReader {

    private CsvReader() {
    }

    public static List<List<String>> read(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            String field;
            if (text.charAt(i) == '"') {
                StringBuilder quoted = new StringBuilder();
                i++;
                while (true) {
                    char c = text.charAt(i++);
                    if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                        quoted.append('"');
                        i++;
                    } else if (c == '"') {
                        break;
                    } else {
                        quoted.append(c);
                    }
                }
                field = quoted.toString();
            } else {
                int end = i;
                while (end < text.length() && text.charAt(end) != ',' && text.charAt(end) != '\r') {
                    if (text.charAt(end) == '"' || text.charAt(end) == '\n') {
                        throw new IllegalArgumentException("Unquoted quote or bare line feed at " + end);
                    }
                    end++;
                }
                field = end == i ? null : text.substring(i, end);
                i = end;
            }
            record.add(field);
            if (text.startsWith(",", i)) {
                i++;
            } else if (text.startsWith("\r\n", i)) {
                i += 2;
                records.add(record);
                record = new ArrayList<>();
            } else {
                throw new IllegalArgumentException("Expected a comma or CRLF at " + i);
            }
        }
        if (!record.isEmpty()) {
            throw new IllegalArgumentException("The last record does not end in CRLF");
        }
        return records;
    }
}
