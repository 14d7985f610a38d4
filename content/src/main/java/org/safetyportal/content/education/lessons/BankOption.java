package org.safetyportal.content.education.lessons;

import java.util.Locale;

/** One option of a bank question as published, with whether it is right: never sent to a browser before the answer is in. */
public record BankOption(int position, String textZh, String textEn, boolean correct) {

    public String text(Locale locale) {
        return Texts.in(locale, textZh, textEn);
    }
}
