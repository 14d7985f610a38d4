package org.safetyportal.content.education.certificates;

import java.time.LocalDate;
import java.util.Locale;
import org.safetyportal.content.LocalizedName;

/**
 * What a certificate states, as it was issued: who passed which lesson's quiz, with what score, when, and either for
 * which organisation (a group session's) or that it was self-study on the lesson's page (no organisation).
 */
public record Certificate(String code, String displayName, LocalizedName lessonTitle, String organisationName, int score,
        int total, int passMark, LocalDate passedOn, boolean selfStudy) {

    public String groupedCode() {
        return CertificateCode.grouped(code);
    }

    public String lessonTitle(Locale locale) {
        return lessonTitle.in(locale);
    }

    /** The score in whole percent, rounded down, as the quiz graded it. */
    public int percent() {
        return total == 0 ? 0 : score * 100 / total;
    }
}
