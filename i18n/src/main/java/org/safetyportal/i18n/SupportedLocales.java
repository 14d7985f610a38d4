package org.safetyportal.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the portal speaks. Chinese is the default: this is a Chinese city's portal. */
public final class SupportedLocales {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale DEFAULT = CHINESE;

    private static final List<Locale> ALL = List.of(CHINESE, ENGLISH);

    private SupportedLocales() {
    }

    public static List<Locale> all() {
        return ALL;
    }

    /**
     * Reads a language tag as sent by a visitor ({@code en}, {@code en-US}, {@code zh-CN}, {@code zh})
     * and answers the supported locale it means, if any.
     */
    public static Optional<Locale> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return ALL.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }

    /** The supported locale closest to the given one, or the default. */
    public static Locale closestTo(Locale locale) {
        if (locale == null) {
            return DEFAULT;
        }
        return fromTag(locale.toLanguageTag()).orElse(DEFAULT);
    }

    public static String tagOf(Locale locale) {
        return closestTo(locale).toLanguageTag();
    }
}
