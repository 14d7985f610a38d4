package org.safetyportal.reporting.photos;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/** Images made by the tests themselves, so that no binary file sits in git. */
public final class TestImages {

    /** A marker written into the EXIF block, to look for in what the server keeps. */
    public static final String CAMERA = "ExampleCam GPS-SECRET";

    private TestImages() {
    }

    /** A picture wider than high: left half red, right half blue. */
    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    public static byte[] png(int width, int height) {
        return write(picture(width, height), "png");
    }

    public static byte[] jpeg(int width, int height) {
        return write(picture(width, height), "jpeg");
    }

    /** A JPEG of coloured noise, which hardly compresses: a few megabytes, as a phone's photo of a real scene. */
    public static byte[] noisyJpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return write(image, "jpeg");
    }

    /**
     * A JPEG with an EXIF block as a phone writes it: the camera's make, an orientation (6: turn 90°
     * clockwise to view) and a GPS directory with the latitude reference.
     */
    public static byte[] jpegWithExif(int width, int height, int orientation) {
        byte[] plain = jpeg(width, height);
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(tiff)) {
            byte[] make = (CAMERA + "\0").getBytes(StandardCharsets.US_ASCII);
            out.writeBytes("MM");
            out.writeShort(42);
            out.writeInt(8);
            // IFD0 at 8: three entries (12 bytes each), next-IFD 0; then the GPS IFD; then the make text.
            int gpsAt = 8 + 2 + 3 * 12 + 4;
            int makeAt = gpsAt + 2 + 12 + 4;
            out.writeShort(3);
            entry(out, 0x010F, 2, make.length, makeAt);
            out.writeShort(0x0112);
            out.writeShort(3);
            out.writeInt(1);
            out.writeShort(orientation);
            out.writeShort(0);
            entry(out, 0x8825, 4, 1, gpsAt);
            out.writeInt(0);
            out.writeShort(1);
            out.writeShort(0x0001);
            out.writeShort(2);
            out.writeInt(2);
            out.writeBytes("N\0\0\0");
            out.writeInt(0);
            out.write(make);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] exif = tiff.toByteArray();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        jpeg.write(plain, 0, 2);
        int length = 2 + 6 + exif.length;
        jpeg.write(0xFF);
        jpeg.write(0xE1);
        jpeg.write(length >> 8);
        jpeg.write(length & 0xFF);
        jpeg.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        jpeg.writeBytes(exif);
        jpeg.write(plain, 2, plain.length - 2);
        return jpeg.toByteArray();
    }

    private static void entry(DataOutputStream out, int tag, int type, int count, int value) throws IOException {
        out.writeShort(tag);
        out.writeShort(type);
        out.writeInt(count);
        out.writeInt(value);
    }

    /**
     * A decompression bomb: a valid grey PNG of {@code side} × {@code side} pixels, all black, whose
     * compressed data is tiny (20,000² pixels, 400 MB decoded, in about 400 KB).
     */
    public static byte[] pngBomb(int side) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(side);
            h.writeInt(side);
            h.write(new byte[] {8, 0, 0, 0, 0});
            chunk(png, "IHDR", header.toByteArray());
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            try (DeflaterOutputStream deflate = new DeflaterOutputStream(data, new java.util.zip.Deflater(9))) {
                byte[] row = new byte[side + 1];
                for (int y = 0; y < side; y++) {
                    deflate.write(row);
                }
            }
            chunk(png, "IDAT", data.toByteArray());
            chunk(png, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
