package org.safetyportal.content.education.lessons;

import java.util.Locale;

/** Chinese first: English where it is written and asked for. */
final class Texts {

    private Texts() {
    }

    static String in(Locale locale, String zh, String en) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : zh;
    }
}
