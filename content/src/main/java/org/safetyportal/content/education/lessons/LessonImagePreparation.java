package org.safetyportal.content.education.lessons;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.images.UntrustedImages;

/**
 * Turns the bytes an editor uploaded into a picture a lesson may show, or refuses them in words:
 * <ol>
 * <li>at most {@link #MAX_BYTES} bytes, read no further;</li>
 * <li>a PNG or JPEG by its first bytes, never by its name (a script named {@code .png} is not a picture);</li>
 * <li>width and height read from the header before any pixel is decoded, and more than {@link #MAX_PIXELS} (or a side
 * over {@link #MAX_SIDE}) refused unopened: a small file can claim gigabytes of pixels (a decompression bomb);</li>
 * <li>decoded (subsampled while reading when large), scaled to at most {@link #MAX_EDGE} pixels and written anew from
 * the pixels alone, a PNG as PNG (diagrams keep sharp lines and transparency), a JPEG as JPEG: no EXIF, GPS or other
 * metadata is handed to the writer, so none is kept.</li>
 * </ol>
 * The reading is shared with citizens' photos ({@link UntrustedImages}); what is written differs: lessons keep a PNG
 * as PNG, photos are always JPEG with a thumbnail.
 */
final class LessonImagePreparation {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;
    static final int MAX_SIDE = 20_000;
    static final int MAX_EDGE = 1600;
    private static final float QUALITY = 0.88f;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final UntrustedImages.Limits LIMITS = new UntrustedImages.Limits(MAX_SIDE, MAX_PIXELS, MAX_EDGE);
    private static final UntrustedImages.Refusals REFUSALS =
            new UntrustedImages.Refusals("education.image.unreadable", "education.image.tooManyPixels");
    private static final Semaphore DECODING = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

    /** A picture as it will be stored: its bytes written by the portal, their media type and the name's extension. */
    record Prepared(byte[] bytes, String mediaType, String extension, int width, int height) {
    }

    private LessonImagePreparation() {
    }

    /** Reads an upload, refusing it as too large once it passes {@link #MAX_BYTES}, without reading the rest. */
    static byte[] readBounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        return bytes;
    }

    static ValidationException tooLarge() {
        return new ValidationException("education.image.tooLarge", MAX_BYTES / (1024 * 1024));
    }

    static Prepared prepare(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ValidationException("education.image.notImage");
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        boolean png = UntrustedImages.startsWith(bytes, PNG_SIGNATURE);
        boolean jpeg = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF;
        if (!png && !jpeg) {
            throw new ValidationException("education.image.notImage");
        }
        DECODING.acquireUninterruptibly();
        try {
            BufferedImage decoded = UntrustedImages.decode(bytes, png ? "png" : "jpeg", LIMITS, REFUSALS);
            if (png) {
                BufferedImage stored = scaled(decoded, BufferedImage.TYPE_INT_ARGB);
                return new Prepared(write(stored, "png"), "image/png", "png", stored.getWidth(), stored.getHeight());
            }
            BufferedImage stored = scaled(decoded, BufferedImage.TYPE_INT_RGB);
            return new Prepared(write(stored, "jpeg"), "image/jpeg", "jpg", stored.getWidth(), stored.getHeight());
        } finally {
            DECODING.release();
        }
    }

    /** Drawn anew into an image of the given type, its longer side at most {@link #MAX_EDGE}, halving step by step. */
    static BufferedImage scaled(BufferedImage image, int type) {
        BufferedImage current = image;
        boolean redrawn = false;
        while (!redrawn || Math.max(current.getWidth(), current.getHeight()) > MAX_EDGE) {
            double factor = Math.max(0.5, Math.min(1.0, (double) MAX_EDGE / Math.max(current.getWidth(), current.getHeight())));
            int w = Math.max(1, (int) Math.round(current.getWidth() * factor));
            int h = Math.max(1, (int) Math.round(current.getHeight() * factor));
            BufferedImage next = new BufferedImage(w, h, type);
            Graphics2D g = next.createGraphics();
            if (type == BufferedImage.TYPE_INT_RGB) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, w, h);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = next;
            redrawn = true;
        }
        return current;
    }

    /** The pixels alone: no metadata is handed to the writer, so none is written. */
    private static byte[] write(BufferedImage image, String format) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write an image in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
