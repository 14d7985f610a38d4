package org.safetyportal.reporting.photos;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;

/**
 * The EXIF orientation of a JPEG (tag 0x0112 of its first image directory), read from the bytes by
 * hand so that nothing else of the EXIF block is ever parsed or kept; and the turn that puts the
 * pixels upright. Anything unexpected in the block counts as "upright": a photo is never refused for it.
 */
final class ExifOrientation {

    static final int UPRIGHT = 1;
    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    static int of(byte[] jpeg) {
        try {
            int at = 2;
            while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
                int marker = jpeg[at + 1] & 0xFF;
                int length = u16(jpeg, at + 2, true);
                if (marker == 0xDA || marker == 0xD9 || length < 2) {
                    return UPRIGHT;
                }
                if (marker == 0xE1 && length >= 16 && "Exif".equals(new String(jpeg, at + 4, 4,
                        java.nio.charset.StandardCharsets.US_ASCII))) {
                    return fromTiff(jpeg, at + 10, Math.min(jpeg.length, at + 2 + length));
                }
                at += 2 + length;
            }
        } catch (RuntimeException malformed) {
            return UPRIGHT;
        }
        return UPRIGHT;
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
        boolean bigEndian = b[tiff] == 'M';
        int ifd = tiff + (int) u32(b, tiff + 4, bigEndian);
        if (ifd + 2 > end) {
            return UPRIGHT;
        }
        int entries = u16(b, ifd, bigEndian);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if (entry + 12 > end) {
                return UPRIGHT;
            }
            if (u16(b, entry, bigEndian) == ORIENTATION_TAG) {
                int value = u16(b, entry + 8, bigEndian);
                return value >= 1 && value <= 8 ? value : UPRIGHT;
            }
        }
        return UPRIGHT;
    }

    /** The image turned (and for orientations 2, 4, 5, 7 mirrored) as the camera meant it to be seen. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= UPRIGHT || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        // x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12, written as (m00, m10, m01, m11, m02, m12)
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        boolean turned = orientation >= 5;
        BufferedImage out = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_RGB);
        new AffineTransformOp(t, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(image, out);
        return out;
    }

    private static int u16(byte[] b, int at, boolean bigEndian) {
        int hi = b[at] & 0xFF;
        int lo = b[at + 1] & 0xFF;
        return bigEndian ? (hi << 8) | lo : (lo << 8) | hi;
    }

    private static long u32(byte[] b, int at, boolean bigEndian) {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            int shift = bigEndian ? (3 - i) * 8 : i * 8;
            value |= (long) (b[at + i] & 0xFF) << shift;
        }
        return value;
    }
}
