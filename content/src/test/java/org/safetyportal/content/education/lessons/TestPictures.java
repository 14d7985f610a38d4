package org.safetyportal.content.education.lessons;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Pictures an editor might upload, friendly and hostile, made by the test (no binary files in git). */
final class TestPictures {

    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private TestPictures() {
    }

    /** A drawn picture in the given format ("png" or "jpeg"), its colour set by {@code seed}. */
    static byte[] drawn(String format, int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height,
                format.equals("png") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color((seed * 53) % 256, (seed * 97) % 256, 180));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG with a text chunk placing it (as a camera app or editor might), inserted after its header. */
    static byte[] pngWithLocation(String location) {
        byte[] png = drawn("png", 64, 48, 1);
        int afterHeader = 8 + 4 + 4 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        chunk(out, "tEXt", ("Location\0" + location).getBytes(StandardCharsets.ISO_8859_1));
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    /** A JPEG with an EXIF segment naming a place, inserted after its start marker. */
    static byte[] jpegWithExif(String marker) {
        byte[] jpeg = drawn("jpeg", 64, 48, 2);
        byte[] exif = ("Exif\0\0" + marker).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        int length = exif.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A PNG signature and a header claiming {@code side} × {@code side} pixels, with no pixels at all. */
    static byte[] pngClaiming(int side) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(PNG_SIGNATURE, 0, PNG_SIGNATURE.length);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        try (DataOutputStream h = new DataOutputStream(header)) {
            h.writeInt(side);
            h.writeInt(side);
            h.write(new byte[] {8, 2, 0, 0, 0});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunk(out, "IHDR", header.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A script under a picture's name: its bytes are what count. */
    static byte[] phpScript() {
        return "<?php system($_GET['cmd']); ?>".getBytes(StandardCharsets.UTF_8);
    }

    /** 6 MB that start like a PNG. */
    static byte[] sixMegabytes() {
        byte[] bytes = new byte[6 * 1024 * 1024];
        System.arraycopy(PNG_SIGNATURE, 0, bytes, 0, PNG_SIGNATURE.length);
        return bytes;
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        try (DataOutputStream d = new DataOutputStream(out)) {
            d.writeInt(data.length);
            d.write(name);
            d.write(data);
            CRC32 crc = new CRC32();
            crc.update(name);
            crc.update(data);
            d.writeInt((int) crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
