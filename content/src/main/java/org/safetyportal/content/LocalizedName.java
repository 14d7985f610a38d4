package org.safetyportal.content;

import java.util.Locale;
import java.util.Objects;

/** A name held in Chinese and English; Chinese is authoritative, English is a courtesy translation. */
public record LocalizedName(String zh, String en) {

    public LocalizedName {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && !en.isBlank() ? en : zh;
    }
}
