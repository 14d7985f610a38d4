package org.safetyportal.content.education.print;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font every PDF of the portal is written in: Noto Sans Hans Regular (SIL Open Font License 1.1), the
 * GB2312 cut of the npm package {@code @embedpdf/fonts-sc} 1.0.0, which the content module's build fetches,
 * checks against its pinned SHA-256 and puts beside this class. Never the machine's fonts: a PDF reads the
 * same on every machine. Each document embeds only the glyphs it uses (OpenPDF subsets the CFF outlines),
 * some 100 KB for a lesson.
 */
public final class CjkFont {

    static final String FILE = "NotoSansHans-Regular.otf";

    private static volatile BaseFont font;

    private CjkFont() {
    }

    /** The font, read from the class path once (about 8 MB, 0.2 s). */
    public static BaseFont font() {
        BaseFont loaded = font;
        if (loaded == null) {
            synchronized (CjkFont.class) {
                loaded = font;
                if (loaded == null) {
                    font = loaded = read();
                }
            }
        }
        return loaded;
    }

    private static BaseFont read() {
        try (InputStream in = CjkFont.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the class path: the content module's build unpacks it");
            }
            return BaseFont.createFont(FILE, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }
}
