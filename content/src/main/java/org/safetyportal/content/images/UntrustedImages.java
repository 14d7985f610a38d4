package org.safetyportal.content.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.safetyportal.content.ValidationException;

/**
 * Reading a picture that a visitor or an editor sent, without trusting it: what it is comes from its first bytes, and
 * its size from its header before a pixel is decoded, so that a small file claiming a huge picture (a decompression
 * bomb) is refused unopened, and a large one is decoded at no more than twice the edge that will be kept.
 */
public final class UntrustedImages {

    /** How large a picture may claim to be, and the longer edge it will be stored at. */
    public record Limits(int maxSide, long maxPixels, int storedEdge) {
    }

    /** The message keys a refusal carries, in the words of the feature that reads the picture. */
    public record Refusals(String unreadable, String tooManyPixels) {
    }

    private UntrustedImages() {
    }

    /** Whether the bytes begin with the signature. */
    public static boolean startsWith(byte[] bytes, byte[] signature) {
        return bytes.length >= signature.length && Arrays.equals(bytes, 0, signature.length, signature, 0, signature.length);
    }

    /**
     * The picture decoded by ImageIO's reader for {@code format}, every n-th pixel only when it is larger than twice
     * the stored edge; refused in words when no reader knows it, the header claims too much, or it cannot be read.
     */
    public static BufferedImage decode(byte[] bytes, String format, Limits limits, Refusals refusals) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new ValidationException(refusals.unreadable());
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0 || width > limits.maxSide() || height > limits.maxSide()
                    || (long) width * height > limits.maxPixels()) {
                throw new ValidationException(refusals.tooManyPixels(), limits.maxPixels() / 1_000_000);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            // Every step-th pixel only, so that at most twice the stored edge is decoded: memory stays bounded.
            int edge = limits.storedEdge();
            int step = Math.max(1, (Math.max(width, height) + 2 * edge - 1) / (2 * edge));
            param.setSourceSubsampling(step, step, 0, 0);
            return reader.read(0, param);
        } catch (ValidationException refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            throw new ValidationException(refusals.unreadable());
        } finally {
            reader.dispose();
        }
    }
}
