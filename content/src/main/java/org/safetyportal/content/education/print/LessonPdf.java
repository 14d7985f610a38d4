package org.safetyportal.content.education.print;

import com.lowagie.text.Paragraph;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.safetyportal.content.education.lessons.Lesson;
import org.safetyportal.i18n.Messages;

/**
 * A lesson as a printable PDF: the portal's name, the title, whom it is for and what about, the summary, the
 * body from its Markdown, and at the foot the lesson's address and its publication in the ledger, so a sheet
 * on a notice board says where it comes from and where to read it.
 */
final class LessonPdf {

    private LessonPdf() {
    }

    static byte[] write(Lesson lesson, Locale locale, String address, String publishedOn,
            java.util.Map<String, org.safetyportal.content.education.lessons.LessonImage> pictures) {
        String title = lesson.title().in(locale);
        return PdfText.write(title, locale.toLanguageTag(), document -> {
            PdfText.add(document, new Paragraph(Messages.get(locale, "app.title"), PdfText.small()));
            Paragraph heading = new Paragraph(title, PdfText.title());
            heading.setSpacingBefore(8);
            heading.setSpacingAfter(6);
            PdfText.add(document, heading);
            PdfText.add(document, new Paragraph(Messages.get(locale, "education.print.about",
                    lesson.audiences().stream().map(a -> a.name().in(locale)).collect(Collectors.joining("、")),
                    lesson.topics().stream().map(t -> t.name().in(locale)).collect(Collectors.joining("、")),
                    lesson.minutes()), PdfText.small()));
            Paragraph summary = new Paragraph(16, lesson.summary().in(locale), PdfText.body());
            summary.setSpacingBefore(6);
            summary.setSpacingAfter(6);
            PdfText.add(document, summary);
            MarkdownToPdf.add(document, lesson.body(locale), pictures);
            Paragraph foot = new Paragraph(14, Messages.get(locale, "education.print.address", address) + "\n"
                    + Messages.get(locale, "education.print.ledger", publishedOn, lesson.ledgerSubject(),
                            lesson.contentHash()), PdfText.small());
            foot.setSpacingBefore(14);
            PdfText.add(document, foot);
        });
    }

    static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
}
