package org.safetyportal.content.education.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF's text as PDFBox extracts it, for tests: what a reader's copy-and-paste or a screen reader gets. */
public final class PdfTextReader {

    private PdfTextReader() {
    }

    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a readable PDF", e);
        }
    }

    /** The names of the fonts the first page uses, each with whether it is embedded. */
    public static java.util.List<String> fonts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            java.util.List<String> fonts = new java.util.ArrayList<>();
            for (var name : resources.getFontNames()) {
                var font = resources.getFont(name);
                fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " not embedded"));
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException("Not a readable PDF", e);
        }
    }
}
