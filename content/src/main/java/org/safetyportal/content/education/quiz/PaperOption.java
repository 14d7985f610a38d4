package org.safetyportal.content.education.quiz;

import java.util.Locale;

/** An option as the taker sees it: an id made for this attempt alone and its text. Nothing says whether it is right. */
public record PaperOption(String id, String textZh, String textEn) {

    public String text(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && textEn != null ? textEn : textZh;
    }
}
