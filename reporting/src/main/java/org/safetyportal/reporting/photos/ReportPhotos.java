package org.safetyportal.reporting.photos;

import static org.safetyportal.reporting.internal.jooq.Tables.HAZARD_REPORT_PHOTO;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The photos of reports, kept in the database beside the report so that one transaction stores both.
 * Listing reads no bytes; the bytes of one photo are read only when it is asked for. Who may ask is
 * the caller's question (case work checks the handler's rights at each request).
 */
@Singleton
public class ReportPhotos {

    private final DSLContext dsl;

    ReportPhotos(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Adds the photos after those the report already has; runs in the caller's transaction. */
    public void store(int reportId, List<PreparedPhoto> photos, StoredPhoto.Kind kind, Instant at) {
        if (photos.isEmpty()) {
            return;
        }
        Integer last = dsl.select(org.jooq.impl.DSL.max(HAZARD_REPORT_PHOTO.POSITION)).from(HAZARD_REPORT_PHOTO)
                .where(HAZARD_REPORT_PHOTO.REPORT_ID.eq(reportId)).fetchOne(0, Integer.class);
        int position = last == null ? 0 : last;
        LocalDateTime added = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        for (PreparedPhoto photo : photos) {
            dsl.insertInto(HAZARD_REPORT_PHOTO)
                    .set(HAZARD_REPORT_PHOTO.REPORT_ID, reportId)
                    .set(HAZARD_REPORT_PHOTO.POSITION, ++position)
                    .set(HAZARD_REPORT_PHOTO.KIND, kind.name())
                    .set(HAZARD_REPORT_PHOTO.WIDTH, photo.width())
                    .set(HAZARD_REPORT_PHOTO.HEIGHT, photo.height())
                    .set(HAZARD_REPORT_PHOTO.IMAGE, photo.jpegBytes())
                    .set(HAZARD_REPORT_PHOTO.THUMBNAIL, photo.thumbnailBytes())
                    .set(HAZARD_REPORT_PHOTO.ADDED_AT, added)
                    .execute();
        }
    }

    public List<StoredPhoto> of(int reportId) {
        return dsl.select(HAZARD_REPORT_PHOTO.ID, HAZARD_REPORT_PHOTO.REPORT_ID, HAZARD_REPORT_PHOTO.POSITION,
                        HAZARD_REPORT_PHOTO.KIND, HAZARD_REPORT_PHOTO.WIDTH, HAZARD_REPORT_PHOTO.HEIGHT)
                .from(HAZARD_REPORT_PHOTO).where(HAZARD_REPORT_PHOTO.REPORT_ID.eq(reportId))
                .orderBy(HAZARD_REPORT_PHOTO.POSITION).fetch()
                .map(r -> new StoredPhoto(r.value1(), r.value2(), r.value3(), StoredPhoto.Kind.valueOf(r.value4()),
                        r.value5(), r.value6()));
    }

    /** The JPEG (or its thumbnail) of one photo of this report; empty when the report has no such photo. */
    public Optional<byte[]> bytes(int reportId, int photoId, boolean thumbnail) {
        return dsl.select(thumbnail ? HAZARD_REPORT_PHOTO.THUMBNAIL : HAZARD_REPORT_PHOTO.IMAGE)
                .from(HAZARD_REPORT_PHOTO)
                .where(HAZARD_REPORT_PHOTO.REPORT_ID.eq(reportId)).and(HAZARD_REPORT_PHOTO.ID.eq(photoId))
                .fetchOptional(0, byte[].class);
    }
}
