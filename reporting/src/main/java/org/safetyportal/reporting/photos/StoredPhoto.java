package org.safetyportal.reporting.photos;

/** A stored photo of a report, without its bytes: enough to list it and to ask for it. */
public record StoredPhoto(int id, int reportId, int position, Kind kind, int width, int height) {

    /** When the photo was taken: with the report, or by a handler after the rectification. */
    public enum Kind {
        BEFORE, AFTER
    }
}
