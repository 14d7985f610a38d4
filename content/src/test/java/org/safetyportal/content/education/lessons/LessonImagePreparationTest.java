package org.safetyportal.content.education.lessons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.ValidationException;
import org.safetyportal.i18n.Messages;
import org.safetyportal.i18n.SupportedLocales;

class LessonImagePreparationTest {

    @Test
    void aPng_isWrittenAnewAsPng_withoutItsTextChunks() throws IOException {
        byte[] sent = TestPictures.pngWithLocation("GPS 35.49N 112.85E");
        assertTrue(TestPictures.contains(sent, "GPS 35.49N"), "the test's picture carries the location");
        LessonImagePreparation.Prepared kept = LessonImagePreparation.prepare(sent);
        assertEquals("image/png", kept.mediaType());
        assertEquals("png", kept.extension());
        assertFalse(TestPictures.contains(kept.bytes(), "GPS"), "no text chunk is kept");
        assertFalse(TestPictures.contains(kept.bytes(), "tEXt"));
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(kept.bytes()));
        assertEquals(64, read.getWidth());
        assertEquals(48, read.getHeight());
        assertTrue(read.getColorModel().hasAlpha(), "a diagram keeps its transparency");
    }

    @Test
    void aJpeg_isWrittenAnewAsJpeg_withoutExif() throws IOException {
        byte[] sent = TestPictures.jpegWithExif("GPSLatitude 35.49");
        assertTrue(TestPictures.contains(sent, "Exif"));
        LessonImagePreparation.Prepared kept = LessonImagePreparation.prepare(sent);
        assertEquals("image/jpeg", kept.mediaType());
        assertEquals("jpg", kept.extension());
        assertFalse(TestPictures.contains(kept.bytes(), "Exif"));
        assertFalse(TestPictures.contains(kept.bytes(), "GPSLatitude"));
        assertEquals(64, ImageIO.read(new ByteArrayInputStream(kept.bytes())).getWidth());
    }

    @Test
    void aLargePicture_isScaledToTheLongestEdge() throws IOException {
        LessonImagePreparation.Prepared kept = LessonImagePreparation.prepare(TestPictures.drawn("jpeg", 4000, 3000, 3));
        assertEquals(LessonImagePreparation.MAX_EDGE, kept.width());
        assertEquals(1200, kept.height());
        assertEquals(1200, ImageIO.read(new ByteArrayInputStream(kept.bytes())).getHeight());
    }

    @Test
    void aScriptNamedPng_isNotAPicture() {
        assertRefused("education.image.notImage", TestPictures.phpScript());
        assertRefused("education.image.notImage", new byte[0]);
    }

    @Test
    void aHeaderClaiming30000By30000Pixels_isRefusedBeforeAnyPixelIsDecoded() {
        byte[] bomb = TestPictures.pngClaiming(30_000);
        assertTrue(bomb.length < 100, "a few bytes claim 900 million pixels");
        assertRefused("education.image.tooManyPixels", bomb);
        // Sides within bounds, yet more pixels in all than allowed (7,000 × 7,000 = 49 megapixels).
        assertRefused("education.image.tooManyPixels", TestPictures.pngClaiming(7_000));
    }

    @Test
    void sixMegabytes_areRefused_andNotReadPastTheLimit() {
        assertRefused("education.image.tooLarge", TestPictures.sixMegabytes());
        AtomicLong read = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 0;
            }
        };
        ValidationException refused = assertThrows(ValidationException.class, () -> LessonImagePreparation.readBounded(endless));
        assertEquals("education.image.tooLarge", refused.messageKey());
        assertEquals(LessonImagePreparation.MAX_BYTES + 1L, read.get());
    }

    @Test
    void aBrokenPicture_isUnreadable_inWords() {
        byte[] png = TestPictures.drawn("png", 100, 100, 4);
        byte[] cut = java.util.Arrays.copyOf(png, 60);
        assertRefused("education.image.unreadable", cut);
    }

    @Test
    void everyRefusal_isSaidInBothLanguages() {
        for (byte[] hostile : new byte[][] {TestPictures.phpScript(), TestPictures.pngClaiming(30_000),
                TestPictures.sixMegabytes()}) {
            ValidationException refused = assertThrows(ValidationException.class, () -> LessonImagePreparation.prepare(hostile));
            for (var locale : SupportedLocales.all()) {
                String words = Messages.describe(locale, refused);
                assertFalse(words.isBlank() || words.contains(refused.messageKey()), words);
            }
        }
    }

    @Test
    void theSameSentBytes_giveTheSameKeptBytes() {
        byte[] sent = TestPictures.drawn("png", 80, 60, 5);
        assertArrayEquals(LessonImagePreparation.prepare(sent).bytes(), LessonImagePreparation.prepare(sent).bytes());
    }

    private static void assertRefused(String key, byte[] sent) {
        assertEquals(key, assertThrows(ValidationException.class, () -> LessonImagePreparation.prepare(sent)).messageKey());
    }
}
