package org.safetyportal.content.education.lessons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.safetyportal.content.LocalizedName;

/**
 * Reads a lesson of the education seed ({@code lessons/<code>.md}): front matter between two lines
 * {@code ---}, then the Chinese body in Markdown. Codes of audiences and topics are held against the
 * reference data; each refusal names the file and the line.
 */
final class LessonSeedParser {

    static final String CODE_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    static final int MAX_CODE = 64;
    private static final Set<String> KEYS = Set.of("code", "title_zh", "title_en", "summary_zh", "summary_en",
            "audiences", "topics", "minutes");

    private final String file;
    private final EducationReference reference;

    private LessonSeedParser(String file, EducationReference reference) {
        this.file = file;
        this.reference = reference;
    }

    /** The lesson in {@code text}, read from {@code file} (named {@code <code>.md}); the English body and the bank come from their own files. */
    static LessonSource parse(String file, String text, String englishBody, List<BankQuestion> questions,
            EducationReference reference) {
        return new LessonSeedParser(file, reference).parse(text, englishBody, questions);
    }

    private LessonSource parse(String text, String englishBody, List<BankQuestion> questions) {
        String[] lines = text.replace("\uFEFF", "").split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            throw new SeedFormatException(file, 1, "a lesson starts with a line --- opening its front matter");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("---")) {
                end = i;
                break;
            }
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? line : line.substring(0, colon).strip();
            if (colon < 0 || !KEYS.contains(key)) {
                throw new SeedFormatException(file, i + 1, "expected one of " + KEYS + " followed by ':', found: " + line);
            }
            if (fields.put(key, line.substring(colon + 1).strip()) != null) {
                throw new SeedFormatException(file, i + 1, key + " appears twice");
            }
            lineOf.put(key, i + 1);
        }
        if (end < 0) {
            throw new SeedFormatException(file, lines.length, "the front matter is not closed by a line ---");
        }
        String code = required(fields, lineOf, "code", end);
        if (!code.matches(CODE_PATTERN) || code.length() > MAX_CODE) {
            throw new SeedFormatException(file, lineOf.get("code"), "code must be lower case letters and digits joined by -");
        }
        String expectedFile = code + ".md";
        if (!file.endsWith("/" + expectedFile) && !file.equals(expectedFile)) {
            throw new SeedFormatException(file, lineOf.get("code"), "code " + code + " does not match the file name");
        }
        int minutes;
        try {
            minutes = Integer.parseInt(required(fields, lineOf, "minutes", end));
        } catch (NumberFormatException e) {
            minutes = 0;
        }
        if (minutes < 1 || minutes > 240) {
            throw new SeedFormatException(file, lineOf.get("minutes"), "minutes must be a whole number from 1 to 240");
        }
        String body = String.join("\n", List.of(lines).subList(end + 1, lines.length)).strip();
        if (body.isEmpty()) {
            throw new SeedFormatException(file, end + 1, "the lesson has no body after its front matter");
        }
        return new LessonSource(code,
                new LocalizedName(required(fields, lineOf, "title_zh", end), fields.getOrDefault("title_en", "")),
                new LocalizedName(required(fields, lineOf, "summary_zh", end), fields.getOrDefault("summary_en", "")),
                codes(fields, lineOf, "audiences", end, reference::audience, "audiences.tsv"),
                codes(fields, lineOf, "topics", end, reference::topic, "topics.tsv"),
                minutes, body, englishBody == null || englishBody.isBlank() ? null : englishBody.strip(), questions);
    }

    private <T> List<T> codes(Map<String, String> fields, Map<String, Integer> lineOf, String key, int end,
            Function<String, java.util.Optional<T>> lookUp, String table) {
        List<T> found = new ArrayList<>();
        for (String code : required(fields, lineOf, key, end).split(",")) {
            String trimmed = code.strip();
            T item = lookUp.apply(trimmed).orElseThrow(() -> new SeedFormatException(file, lineOf.get(key),
                    key + ": " + trimmed + " is not a code of " + table));
            if (found.contains(item)) {
                throw new SeedFormatException(file, lineOf.get(key), key + ": " + trimmed + " appears twice");
            }
            found.add(item);
        }
        return found;
    }

    private String required(Map<String, String> fields, Map<String, Integer> lineOf, String key, int end) {
        String value = fields.get(key);
        if (value == null || value.isBlank()) {
            throw new SeedFormatException(file, lineOf.getOrDefault(key, end + 1), key + ": is missing from the front matter");
        }
        return value;
    }
}
