package org.safetyportal.content.education.sessions;

import org.safetyportal.content.ValidationException;

/**
 * The name a participant gives when joining (shown to their educator only, never to the public), and the name a
 * self-study visitor has printed on a certificate. Short, and nothing that looks like markup or control
 * characters, so that no page, PDF or spreadsheet has to trust it.
 */
public final class DisplayNames {

    public static final int MAX_LENGTH = 40;

    private DisplayNames() {
    }

    /** The name as typed, stripped; refused in words when empty, too long or markup-like. */
    public static String checked(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw new ValidationException("education.join.name.length", MAX_LENGTH);
        }
        if (hasMarkup(name)) {
            throw new ValidationException("education.join.name.markup");
        }
        return name;
    }

    static boolean hasMarkup(String text) {
        return text.chars().anyMatch(c -> c == '<' || c == '>' || c == '&' || c == '"' || Character.isISOControl(c))
                // A spreadsheet reads a leading = + - @ as a formula.
                || "=+-@".indexOf(text.charAt(0)) >= 0;
    }
}
