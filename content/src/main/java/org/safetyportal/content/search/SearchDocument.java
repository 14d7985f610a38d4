package org.safetyportal.content.search;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.safetyportal.content.organization.Department;
import org.safetyportal.i18n.Translatable;

/**
 * One published thing as the search sees it. {@code key} is what the portal needs to link to it
 * (a version id, a record code); {@code category} names its type within the kind (a list type, an
 * inspection kind) and is shown next to the hit. The department is the one that published it.
 * {@code terms} are words that find the thing without being shown in its snippet, such as the names of
 * its sectors in both languages: a Chinese page shows Chinese text only.
 */
public record SearchDocument(SearchKind kind, String key, Department department, Translatable category, String code,
        String title, String body, String terms) {

    public SearchDocument(SearchKind kind, String key, Department department, Translatable category, String code,
            String title, String body) {
        this(kind, key, department, category, code, title, body, null);
    }

    /** The texts worth finding, one per line, leaving out the ones that are empty. */
    public static String body(String... parts) {
        return Stream.of(parts).filter(text -> text != null && !text.isBlank()).collect(Collectors.joining("\n"));
    }
}
