package org.safetyportal.reporting.duplicates;

import static org.safetyportal.reporting.internal.jooq.Tables.CASE_SUPPORT;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;

/** The supports of cases, one row per case and device mark (the mark a keyed hash bound to the case). */
@Singleton
class SupportRepository {

    private final DSLContext dsl;

    SupportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean exists(int reportId, String deviceMark) {
        return dsl.fetchExists(CASE_SUPPORT, CASE_SUPPORT.REPORT_ID.eq(reportId), CASE_SUPPORT.DEVICE_MARK.eq(deviceMark));
    }

    void insert(int reportId, String deviceMark, int eventId, Instant at) {
        dsl.insertInto(CASE_SUPPORT)
                .set(CASE_SUPPORT.REPORT_ID, reportId)
                .set(CASE_SUPPORT.DEVICE_MARK, deviceMark)
                .set(CASE_SUPPORT.EVENT_ID, eventId)
                .set(CASE_SUPPORT.SUPPORTED_AT, LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                .execute();
    }

    int count(int reportId) {
        return dsl.fetchCount(CASE_SUPPORT, CASE_SUPPORT.REPORT_ID.eq(reportId));
    }
}
