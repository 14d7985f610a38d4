package org.safetyportal.reporting.challenge;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws digits as a person reads them easily and a script less so: large, dark on light, each turned and
 * shifted a little, over a few thin lines. Large enough for older eyes on a phone; no colour carries meaning.
 */
final class DigitPicture {

    static final int WIDTH = 240;
    static final int HEIGHT = 80;

    private static final int DIGIT_WIDTH = 26;
    private static final int DIGIT_HEIGHT = 52;
    /** Which of the seven segments (top, upper right, lower right, bottom, lower left, upper left, middle) each digit lights. */
    private static final String[] SEGMENTS = {"abcdef", "bc", "abged", "abgcd", "fgbc", "afgcd", "afgedc", "abc", "abcdefg", "abcdfg"};

    private DigitPicture() {
    }

    private static void draw(Graphics2D g, int digit, Random random) {
        int w = DIGIT_WIDTH;
        int h = DIGIT_HEIGHT / 2;
        for (char segment : SEGMENTS[digit].toCharArray()) {
            int[] line = switch (segment) {
                case 'a' -> new int[] {0, 0, w, 0};
                case 'b' -> new int[] {w, 0, w, h};
                case 'c' -> new int[] {w, h, w, 2 * h};
                case 'd' -> new int[] {0, 2 * h, w, 2 * h};
                case 'e' -> new int[] {0, h, 0, 2 * h};
                case 'f' -> new int[] {0, 0, 0, h};
                default -> new int[] {0, h, w, h};
            };
            g.drawLine(line[0] + jitter(random), line[1] + jitter(random), line[2] + jitter(random), line[3] + jitter(random));
        }
    }

    private static int jitter(Random random) {
        return random.nextInt(5) - 2;
    }

    static byte[] of(String digits, Random random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xF7F7F2));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setStroke(new BasicStroke(1.5f));
            for (int i = 0; i < 5; i++) {
                g.setColor(new Color(0x9A9A9A));
                g.drawLine(random.nextInt(WIDTH), random.nextInt(HEIGHT), random.nextInt(WIDTH), random.nextInt(HEIGHT));
            }
            // Drawn as strokes, not with a font: the picture needs no font on the server and looks the same everywhere.
            g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(0x1F2A44));
            int step = (WIDTH - 20) / digits.length();
            for (int i = 0; i < digits.length(); i++) {
                AffineTransform saved = g.getTransform();
                g.translate(16 + i * step + random.nextInt(8), 12 + random.nextInt(8));
                g.rotate((random.nextDouble() - 0.5) * 0.35, DIGIT_WIDTH / 2.0, DIGIT_HEIGHT / 2.0);
                draw(g, digits.charAt(i) - '0', random);
                g.setTransform(saved);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
