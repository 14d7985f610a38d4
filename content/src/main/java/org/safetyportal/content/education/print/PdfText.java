package org.safetyportal.content.education.print;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

/**
 * Writing a PDF in the portal's font: A4, the sizes used for titles, headings, text and small print, and
 * the document's title and language set so that a screen reader and a text extractor read it as it is.
 * Writing is serialised: the shared font reads its outlines while it subsets them, which is not thread-safe.
 */
public final class PdfText {

    public static final Color GREY = new Color(0x55, 0x5d, 0x66);

    private PdfText() {
    }

    public static Font title() {
        return new Font(CjkFont.font(), 20);
    }

    public static Font heading(int level) {
        return new Font(CjkFont.font(), level <= 1 ? 16 : level == 2 ? 14 : 12);
    }

    public static Font body() {
        return new Font(CjkFont.font(), 11);
    }

    public static Font small() {
        return new Font(CjkFont.font(), 9, Font.NORMAL, GREY);
    }

    public static Font sized(float size) {
        return new Font(CjkFont.font(), size);
    }

    /** A PDF with this title and language, its content added by {@code content}. */
    public static byte[] write(String title, String language, Consumer<Document> content) {
        CjkFont.font();
        synchronized (PdfText.class) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 56, 56, 56, 56);
            try {
                PdfWriter writer = PdfWriter.getInstance(document, out);
                writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
                writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
                document.addTitle(title);
                document.open();
                content.accept(document);
            } catch (DocumentException e) {
                throw new IllegalStateException("Cannot write the PDF " + title, e);
            } finally {
                document.close();
            }
            return out.toByteArray();
        }
    }

    /** Adds an element; OpenPDF's checked failure becomes unchecked (it only fails on a closed document). */
    public static void add(Document document, com.lowagie.text.Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot add to the PDF", e);
        }
    }
}
