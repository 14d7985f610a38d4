package org.safetyportal.reporting.photos;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.images.UntrustedImages;

/**
 * Turns the bytes a visitor sent into a photo the portal may keep, or refuses them in words:
 * <ol>
 * <li>at most {@link #MAX_BYTES} bytes, read no further than that;</li>
 * <li>a JPEG or PNG by its first bytes (HEIC is named and refused: nothing here decodes it);</li>
 * <li>the dimensions read from the header BEFORE any pixel is decoded, and more than
 * {@link #MAX_PIXELS} refused: a tiny PNG can claim gigabytes of pixels (a decompression bomb);</li>
 * <li>decoded, subsampled while reading when large, so memory stays bounded by the stored size;</li>
 * <li>turned upright by its EXIF orientation, scaled to at most {@link #MAX_EDGE} pixels, and written
 * anew as a JPEG from the pixels alone, which leaves every byte of EXIF, GPS and other metadata behind;
 * a thumbnail of at most {@link #THUMBNAIL_EDGE} pixels beside it.</li>
 * </ol>
 * Decoding is CPU work: at most as many photos as the machine has cores are prepared at once.
 */
public final class PhotoPreparation {

    public static final int MAX_PHOTOS = 5;
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** 50 megapixels: more than any phone photo as saved by default, far less than a bomb claims. */
    public static final long MAX_PIXELS = 50_000_000L;
    static final int MAX_SIDE = 30_000;
    static final int MAX_EDGE = 2048;
    static final int THUMBNAIL_EDGE = 320;
    private static final float QUALITY = 0.85f;
    private static final UntrustedImages.Limits LIMITS = new UntrustedImages.Limits(MAX_SIDE, MAX_PIXELS, MAX_EDGE);
    private static final UntrustedImages.Refusals REFUSALS =
            new UntrustedImages.Refusals("reports.photo.unreadable", "reports.photo.tooManyPixels");
    private static final Semaphore DECODING = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

    private PhotoPreparation() {
    }

    /** Reads an upload, refusing it as too large once it passes {@link #MAX_BYTES}, without reading the rest. */
    public static byte[] readBounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        return bytes;
    }

    public static ValidationException tooLarge() {
        return new ValidationException("reports.photo.tooLarge", MAX_BYTES / (1024 * 1024));
    }

    public static ValidationException tooMany() {
        return new ValidationException("reports.photo.tooMany", MAX_PHOTOS);
    }

    public static PreparedPhoto prepare(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ValidationException("reports.photo.notImage");
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        PhotoType type = PhotoType.of(bytes).orElseThrow(() -> new ValidationException("reports.photo.notImage"));
        if (type == PhotoType.HEIC) {
            throw new ValidationException("reports.photo.heic");
        }
        DECODING.acquireUninterruptibly();
        try {
            BufferedImage decoded = decode(bytes, type);
            int orientation = type == PhotoType.JPEG ? ExifOrientation.of(bytes) : ExifOrientation.UPRIGHT;
            BufferedImage upright = ExifOrientation.upright(decoded, orientation);
            BufferedImage stored = scaled(upright, MAX_EDGE);
            return new PreparedPhoto(jpeg(stored), jpeg(scaled(stored, THUMBNAIL_EDGE)), stored.getWidth(),
                    stored.getHeight());
        } finally {
            DECODING.release();
        }
    }

    private static BufferedImage decode(byte[] bytes, PhotoType type) {
        return opaqueRgb(UntrustedImages.decode(bytes, type.readerFormat(), LIMITS, REFUSALS));
    }

    /** Plain RGB on white: transparency has no place in a JPEG, and a photo's colour model no say in what is kept. */
    private static BufferedImage opaqueRgb(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /** Scaled so that its longer side is at most {@code edge}, halving step by step for a smooth result. */
    static BufferedImage scaled(BufferedImage image, int edge) {
        BufferedImage current = image;
        while (Math.max(current.getWidth(), current.getHeight()) > edge) {
            double factor = Math.max(0.5, (double) edge / Math.max(current.getWidth(), current.getHeight()));
            int w = Math.max(1, (int) Math.round(current.getWidth() * factor));
            int h = Math.max(1, (int) Math.round(current.getHeight() * factor));
            BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = next;
        }
        return current;
    }

    /** A baseline JPEG of the pixels alone: no metadata is handed to the writer, so none is written. */
    static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot write a JPEG in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
