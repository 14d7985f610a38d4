package org.safetyportal.reporting.photos;

import java.util.Optional;
import org.safetyportal.content.images.UntrustedImages;

/**
 * What a file really is, read from its first bytes (the "magic numbers"), never from its name or the
 * type the browser claims: a PHP script named photo.jpg is still a script.
 */
enum PhotoType {
    JPEG("jpeg"),
    PNG("png"),
    /** Recognised only to be refused in words: no library the portal may use decodes HEIC/HEIF. */
    HEIC(null);

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String readerFormat;

    PhotoType(String readerFormat) {
        this.readerFormat = readerFormat;
    }

    String readerFormat() {
        return readerFormat;
    }

    static Optional<PhotoType> of(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (UntrustedImages.startsWith(bytes, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (bytes.length >= 12 && bytes[4] == 'f' && bytes[5] == 't' && bytes[6] == 'y' && bytes[7] == 'p') {
            String brand = new String(bytes, 8, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (brand.startsWith("hei") || brand.startsWith("hev") || brand.equals("mif1") || brand.equals("msf1")) {
                return Optional.of(HEIC);
            }
        }
        return Optional.empty();
    }
}
