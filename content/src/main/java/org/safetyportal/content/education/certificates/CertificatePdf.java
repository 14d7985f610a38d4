package org.safetyportal.content.education.certificates;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import java.util.Locale;
import org.safetyportal.content.education.print.PdfText;
import org.safetyportal.i18n.Messages;

/**
 * A certificate as a one-page PDF: the portal, the participant's display name, the lesson, the score against the
 * pass mark, the date, the organisation that ran the session (or, for self-study, that it was the lesson page's
 * quiz taken alone), and the verification code with where to check it.
 */
final class CertificatePdf {

    private CertificatePdf() {
    }

    static byte[] write(Certificate certificate, Locale locale, String verifyAddress) {
        String title = Messages.get(locale, certificate.selfStudy() ? "education.certificate.selfStudyPdfTitle"
                : "education.certificate.pdfTitle");
        return PdfText.write(title, "en".equals(locale.getLanguage()) ? "en" : "zh-CN", document -> {
            PdfText.add(document, centred(Messages.get(locale, "app.title"), PdfText.small(), 24));
            PdfText.add(document, centred(title, PdfText.sized(26), 36));
            PdfText.add(document, centred(certificate.displayName(), PdfText.sized(22), 24));
            PdfText.add(document, centred(Messages.get(locale, "education.certificate.passed",
                    certificate.lessonTitle(locale)), PdfText.sized(14), 12));
            PdfText.add(document, centred(Messages.get(locale, "education.certificate.score", certificate.score(),
                    certificate.total(), certificate.percent(), certificate.passMark()), PdfText.body(), 12));
            if (certificate.selfStudy()) {
                PdfText.add(document, centred(Messages.get(locale, "education.certificate.selfStudy",
                        certificate.lessonTitle(locale)), PdfText.body(), 8));
            } else if (certificate.organisationName() != null) {
                PdfText.add(document, centred(Messages.get(locale, "education.certificate.organisation",
                        certificate.organisationName()), PdfText.body(), 8));
            }
            PdfText.add(document, centred(Messages.get(locale, "education.certificate.date",
                    certificate.passedOn().toString()), PdfText.body(), 8));
            PdfText.add(document, centred(Messages.get(locale, "education.certificate.code", certificate.groupedCode()),
                    PdfText.sized(14), 36));
            PdfText.add(document, centred(Messages.get(locale, "education.certificate.verifyAt", verifyAddress),
                    PdfText.small(), 8));
        });
    }

    private static Paragraph centred(String text, com.lowagie.text.Font font, float spacingBefore) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(spacingBefore);
        return p;
    }
}
