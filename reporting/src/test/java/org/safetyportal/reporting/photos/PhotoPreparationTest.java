package org.safetyportal.reporting.photos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.ValidationException;
import org.w3c.dom.Node;

class PhotoPreparationTest {

    @Test
    void aJpegAndAPng_areReencodedAsJpeg_withAThumbnail() throws IOException {
        for (byte[] sent : new byte[][] {TestImages.jpeg(640, 480), TestImages.png(640, 480)}) {
            PreparedPhoto photo = PhotoPreparation.prepare(sent);

            assertEquals(PhotoType.JPEG, PhotoType.of(photo.jpeg()).orElseThrow());
            BufferedImage stored = ImageIO.read(new ByteArrayInputStream(photo.jpeg()));
            assertEquals(640, stored.getWidth());
            assertEquals(480, stored.getHeight());
            BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(photo.thumbnail()));
            assertEquals(320, thumbnail.getWidth());
            assertEquals(240, thumbnail.getHeight());
        }
    }

    @Test
    void aLargePhoto_isScaledDownToTheStoredSize() {
        PreparedPhoto photo = PhotoPreparation.prepare(TestImages.jpeg(5000, 2500));

        assertEquals(PhotoPreparation.MAX_EDGE, photo.width());
        assertEquals(PhotoPreparation.MAX_EDGE / 2, photo.height());
    }

    @Test
    void exifAndGps_areGone_afterReencoding_andTheOrientationIsApplied() throws IOException {
        byte[] sent = TestImages.jpegWithExif(400, 200, 6);
        assertTrue(contains(sent, TestImages.CAMERA), "the test photo carries its EXIF block");
        assertEquals(6, ExifOrientation.of(sent));

        PreparedPhoto photo = PhotoPreparation.prepare(sent);

        for (byte[] kept : new byte[][] {photo.jpeg(), photo.thumbnail()}) {
            assertFalse(contains(kept, "Exif"), "no EXIF block");
            assertFalse(contains(kept, TestImages.CAMERA), "no camera text");
            assertFalse(hasSegment(kept, 0xE1), "no APP1 segment");
            assertEquals(ExifOrientation.UPRIGHT, ExifOrientation.of(kept));
            assertFalse(metadataNames(kept).contains("unknown"), metadataNames(kept));
        }
        assertEquals(200, photo.width(), "turned upright: orientation 6 swaps the sides");
        assertEquals(400, photo.height());
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(photo.jpeg()));
        assertTrue(isRed(upright.getRGB(100, 50)), "the red left half is on top after turning clockwise");
        assertTrue(isBlue(upright.getRGB(100, 350)));
    }

    @Test
    void aPhpScriptNamedJpg_isNotAnImage() {
        byte[] script = "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8);

        assertEquals("reports.photo.notImage", refusal(script));
        assertEquals("reports.photo.notImage", refusal(new byte[0]));
    }

    @Test
    void aHeicFile_isRefusedByName_soTheVisitorKnowsToSendJpeg() {
        byte[] heic = new byte[64];
        System.arraycopy("\0\0\0\u0018ftypheic".getBytes(StandardCharsets.ISO_8859_1), 0, heic, 0, 12);

        assertEquals("reports.photo.heic", refusal(heic));
    }

    @Test
    void aDecompressionBomb_isRefusedFromItsHeader_beforeDecoding() {
        byte[] bomb = TestImages.pngBomb(20_000);
        assertTrue(bomb.length < 2_000_000, "the bomb is small: " + bomb.length);

        long before = System.nanoTime();
        assertEquals("reports.photo.tooManyPixels", refusal(bomb));
        assertTrue(System.nanoTime() - before < 2_000_000_000L, "refused without inflating 400 MB");
    }

    @Test
    void aBrokenImage_isUnreadable() {
        byte[] jpeg = TestImages.jpeg(200, 100);
        byte[] truncated = Arrays.copyOf(jpeg, 40);

        assertEquals("reports.photo.unreadable", refusal(truncated));
    }

    @Test
    void aFileOverTenMegabytes_isTooLarge_andIsNotReadToTheEnd() throws IOException {
        CountingStream fifty = new CountingStream(50L * 1024 * 1024);

        ValidationException refused = assertThrows(ValidationException.class, () -> PhotoPreparation.readBounded(fifty));

        assertEquals("reports.photo.tooLarge", refused.messageKey());
        assertEquals(PhotoPreparation.MAX_BYTES + 1L, fifty.read);
        byte[] small = TestImages.png(10, 10);
        assertArrayEquals(small, PhotoPreparation.readBounded(new ByteArrayInputStream(small)));
        assertEquals("reports.photo.tooLarge", refusal(new byte[PhotoPreparation.MAX_BYTES + 1]));
    }

    private static String refusal(byte[] bytes) {
        return assertThrows(ValidationException.class, () -> PhotoPreparation.prepare(bytes)).messageKey();
    }

    private static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }

    /** Whether a JPEG has a segment with this marker before its image data. */
    private static boolean hasSegment(byte[] jpeg, int marker) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int found = jpeg[at + 1] & 0xFF;
            if (found == marker) {
                return true;
            }
            if (found == 0xDA) {
                return false;
            }
            at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
        }
        return false;
    }

    /** The names of the JPEG metadata tree as ImageIO reads it back (an EXIF block would be an "unknown" APP1). */
    private static String metadataNames(byte[] jpeg) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            StringBuilder names = new StringBuilder();
            collect(metadata.getAsTree(metadata.getNativeMetadataFormatName()), names);
            return names.toString();
        } finally {
            reader.dispose();
        }
    }

    private static void collect(Node node, StringBuilder names) {
        names.append(node.getNodeName()).append(' ');
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, names);
        }
    }

    private static boolean isRed(int rgb) {
        return ((rgb >> 16) & 0xFF) > 200 && (rgb & 0xFF) < 60;
    }

    private static boolean isBlue(int rgb) {
        return ((rgb >> 16) & 0xFF) < 60 && (rgb & 0xFF) > 200;
    }

    /** An endless upload that counts what was read of it. */
    private static final class CountingStream extends InputStream {
        private final long size;
        long read;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            int n = (int) Math.min(len, size - read);
            if (n <= 0) {
                return -1;
            }
            Arrays.fill(b, off, off + n, (byte) 0);
            read += n;
            return n;
        }
    }
}
