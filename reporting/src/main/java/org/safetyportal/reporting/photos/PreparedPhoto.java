package org.safetyportal.reporting.photos;

/**
 * A photo as the server re-encoded it: a JPEG drawn from the decoded pixels (no EXIF, GPS or any other
 * metadata of the file sent) and its thumbnail. Only {@link PhotoPreparation} makes one, so a photo that
 * reaches the intake has passed every check.
 */
public final class PreparedPhoto {

    private final byte[] jpeg;
    private final byte[] thumbnail;
    private final int width;
    private final int height;

    PreparedPhoto(byte[] jpeg, byte[] thumbnail, int width, int height) {
        this.jpeg = jpeg;
        this.thumbnail = thumbnail;
        this.width = width;
        this.height = height;
    }

    public byte[] jpeg() {
        return jpeg.clone();
    }

    public byte[] thumbnail() {
        return thumbnail.clone();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    byte[] jpegBytes() {
        return jpeg;
    }

    byte[] thumbnailBytes() {
        return thumbnail;
    }
}
