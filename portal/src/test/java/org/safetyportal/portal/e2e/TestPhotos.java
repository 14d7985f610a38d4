package org.safetyportal.portal.e2e;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/** Files a visitor might pick as "photos", written by the test into a folder of its own (no binary files in git). */
final class TestPhotos {

    private final Path folder;

    TestPhotos() {
        try {
            folder = Files.createTempDirectory("report-photos");
            folder.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real photo-like JPEG: a striped picture. */
    Path jpeg(String name, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int x = 0; x < width; x += 40) {
            g.setColor(new Color((x * 7) % 256, 120, 200));
            g.fillRect(x, 0, 40, height);
        }
        g.dispose();
        Path file = folder.resolve(name);
        try {
            ImageIO.write(image, "jpeg", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A PHP script under a photo's name. */
    Path phpNamedJpg() {
        return write("photo.jpg", "<?php system($_GET['cmd']); ?>".getBytes(StandardCharsets.UTF_8));
    }

    /** 50 MB of a JPEG's first bytes followed by zeros, named as a photo. */
    Path fiftyMegabytes() {
        Path file = folder.resolve("huge.jpg");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A decompression bomb: a valid black PNG of 20,000 × 20,000 pixels (400 MB decoded) in about 400 KB. */
    Path pngBomb() {
        int side = 20_000;
        Path file = folder.resolve("bomb.png");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            java.io.ByteArrayOutputStream header = new java.io.ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(side);
            h.writeInt(side);
            h.write(new byte[] {8, 0, 0, 0, 0});
            chunk(out, "IHDR", header.toByteArray());
            java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
            try (DeflaterOutputStream deflate = new DeflaterOutputStream(data, new Deflater(9))) {
                byte[] row = new byte[side + 1];
                for (int y = 0; y < side; y++) {
                    deflate.write(row);
                }
            }
            chunk(out, "IDAT", data.toByteArray());
            chunk(out, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private Path write(String name, byte[] bytes) {
        try {
            return Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
