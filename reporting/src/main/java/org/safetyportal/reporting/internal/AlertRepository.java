package org.safetyportal.reporting.internal;

import static org.safetyportal.reporting.internal.jooq.Tables.REPORT_ALERT;
import static org.safetyportal.reporting.internal.jooq.Tables.REPORT_ALERT_RECIPIENT;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The e-mail alert outbox and who gets alerts (language and site, never the address). Every change of
 * an alert's state is one conditional UPDATE, so that two portal nodes on one database never both take
 * the same alert: a node claims a due alert for a while (a lease) and only the claimant may mark it.
 */
@Singleton
public class AlertRepository {

    public static final String PENDING = "PENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";

    private final DSLContext dsl;

    AlertRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A row of the outbox as the sender needs it. */
    public record AlertRow(int id, int reportId, int eventId, String status, int attempts, Instant nextAttemptAt,
            String lastError, Instant sentAt, String language, String site) {
    }

    public void insertRecipient(int reportId, String language, String site) {
        dsl.insertInto(REPORT_ALERT_RECIPIENT)
                .set(REPORT_ALERT_RECIPIENT.REPORT_ID, reportId)
                .set(REPORT_ALERT_RECIPIENT.LANGUAGE, language)
                .set(REPORT_ALERT_RECIPIENT.SITE, site)
                .execute();
    }

    /** Queues the alert of one step when the report has a recipient; answers whether it did. */
    public boolean queue(int reportId, int eventId, Instant at) {
        if (!dsl.fetchExists(REPORT_ALERT_RECIPIENT, REPORT_ALERT_RECIPIENT.REPORT_ID.eq(reportId))) {
            return false;
        }
        dsl.insertInto(REPORT_ALERT)
                .set(REPORT_ALERT.REPORT_ID, reportId)
                .set(REPORT_ALERT.EVENT_ID, eventId)
                .set(REPORT_ALERT.STATUS, PENDING)
                .set(REPORT_ALERT.ATTEMPTS, 0)
                .set(REPORT_ALERT.NEXT_ATTEMPT_AT, local(at))
                .set(REPORT_ALERT.CREATED_AT, local(at))
                .execute();
        return true;
    }

    /** Pending alerts due by {@code now} and claimed by no one (or by a node whose lease ran out), oldest first. */
    public List<Integer> due(Instant now, int limit) {
        LocalDateTime at = local(now);
        return dsl.select(REPORT_ALERT.ID).from(REPORT_ALERT)
                .where(REPORT_ALERT.STATUS.eq(PENDING), REPORT_ALERT.NEXT_ATTEMPT_AT.le(at),
                        REPORT_ALERT.CLAIMED_UNTIL.isNull().or(REPORT_ALERT.CLAIMED_UNTIL.lt(at)))
                .orderBy(REPORT_ALERT.NEXT_ATTEMPT_AT, REPORT_ALERT.ID)
                .limit(limit)
                .fetch(REPORT_ALERT.ID);
    }

    /** Takes a due alert for this node until {@code until}; false when another node has it or it is no longer due. */
    public boolean claim(int id, String node, Instant now, Instant until) {
        LocalDateTime at = local(now);
        return dsl.update(REPORT_ALERT)
                .set(REPORT_ALERT.CLAIMED_BY, node)
                .set(REPORT_ALERT.CLAIMED_UNTIL, local(until))
                .where(REPORT_ALERT.ID.eq(id), REPORT_ALERT.STATUS.eq(PENDING), REPORT_ALERT.NEXT_ATTEMPT_AT.le(at),
                        REPORT_ALERT.CLAIMED_UNTIL.isNull().or(REPORT_ALERT.CLAIMED_UNTIL.lt(at)))
                .execute() == 1;
    }

    /** Marks an alert this node claimed as sent; false when its claim was lost (the lease ran out and another took it). */
    public boolean markSent(int id, String node, Instant at) {
        return dsl.update(REPORT_ALERT)
                .set(REPORT_ALERT.STATUS, SENT)
                .set(REPORT_ALERT.SENT_AT, local(at))
                .set(REPORT_ALERT.ATTEMPTS, REPORT_ALERT.ATTEMPTS.plus(1))
                .set(REPORT_ALERT.LAST_ERROR, (String) null)
                .set(REPORT_ALERT.CLAIMED_BY, (String) null)
                .set(REPORT_ALERT.CLAIMED_UNTIL, (LocalDateTime) null)
                .where(REPORT_ALERT.ID.eq(id), REPORT_ALERT.STATUS.eq(PENDING), REPORT_ALERT.CLAIMED_BY.eq(node))
                .execute() == 1;
    }

    /**
     * Counts a failed attempt of an alert this node claimed and releases it: pending again from {@code next},
     * or FAILED for good when {@code next} is null. The error must not hold the address.
     */
    public boolean markFailed(int id, String node, String error, Instant next) {
        return dsl.update(REPORT_ALERT)
                .set(REPORT_ALERT.STATUS, next == null ? FAILED : PENDING)
                .set(REPORT_ALERT.ATTEMPTS, REPORT_ALERT.ATTEMPTS.plus(1))
                .set(REPORT_ALERT.LAST_ERROR, error)
                .set(REPORT_ALERT.NEXT_ATTEMPT_AT, next == null ? REPORT_ALERT.NEXT_ATTEMPT_AT : org.jooq.impl.DSL.val(local(next)))
                .set(REPORT_ALERT.CLAIMED_BY, (String) null)
                .set(REPORT_ALERT.CLAIMED_UNTIL, (LocalDateTime) null)
                .where(REPORT_ALERT.ID.eq(id), REPORT_ALERT.STATUS.eq(PENDING), REPORT_ALERT.CLAIMED_BY.eq(node))
                .execute() == 1;
    }

    /** Whether any alert of this report was given up (FAILED) and not sent again since. */
    public boolean anyFailed(int reportId) {
        return dsl.fetchExists(REPORT_ALERT, REPORT_ALERT.REPORT_ID.eq(reportId), REPORT_ALERT.STATUS.eq(FAILED));
    }

    /** The alerts given up, the latest first, at most {@code limit}. */
    public List<AlertRow> failed(int limit) {
        return dsl.select().from(REPORT_ALERT).join(REPORT_ALERT_RECIPIENT)
                .on(REPORT_ALERT_RECIPIENT.REPORT_ID.eq(REPORT_ALERT.REPORT_ID))
                .where(REPORT_ALERT.STATUS.eq(FAILED))
                .orderBy(REPORT_ALERT.NEXT_ATTEMPT_AT.desc(), REPORT_ALERT.ID.desc())
                .limit(limit)
                .fetch(this::row);
    }

    /**
     * Puts an alert given up back in the outbox, due at {@code now} with its attempts counted afresh; false when it
     * is not (or no longer) given up, e.g. another administrator sent it again first.
     */
    public boolean sendAgain(int id, Instant now) {
        return dsl.update(REPORT_ALERT)
                .set(REPORT_ALERT.STATUS, PENDING)
                .set(REPORT_ALERT.ATTEMPTS, 0)
                .set(REPORT_ALERT.NEXT_ATTEMPT_AT, local(now))
                .set(REPORT_ALERT.CLAIMED_BY, (String) null)
                .set(REPORT_ALERT.CLAIMED_UNTIL, (LocalDateTime) null)
                .where(REPORT_ALERT.ID.eq(id), REPORT_ALERT.STATUS.eq(FAILED))
                .execute() == 1;
    }

    public Optional<AlertRow> alert(int id) {
        return dsl.select().from(REPORT_ALERT).join(REPORT_ALERT_RECIPIENT)
                .on(REPORT_ALERT_RECIPIENT.REPORT_ID.eq(REPORT_ALERT.REPORT_ID))
                .where(REPORT_ALERT.ID.eq(id)).fetchOptional(this::row);
    }

    /** The alerts of one report, in the order of its steps. */
    public List<AlertRow> ofReport(int reportId) {
        return dsl.select().from(REPORT_ALERT).join(REPORT_ALERT_RECIPIENT)
                .on(REPORT_ALERT_RECIPIENT.REPORT_ID.eq(REPORT_ALERT.REPORT_ID))
                .where(REPORT_ALERT.REPORT_ID.eq(reportId)).orderBy(REPORT_ALERT.EVENT_ID).fetch(this::row);
    }

    private AlertRow row(org.jooq.Record r) {
        LocalDateTime sent = r.get(REPORT_ALERT.SENT_AT);
        return new AlertRow(r.get(REPORT_ALERT.ID), r.get(REPORT_ALERT.REPORT_ID), r.get(REPORT_ALERT.EVENT_ID),
                r.get(REPORT_ALERT.STATUS), r.get(REPORT_ALERT.ATTEMPTS), instant(r.get(REPORT_ALERT.NEXT_ATTEMPT_AT)),
                r.get(REPORT_ALERT.LAST_ERROR), sent == null ? null : instant(sent), r.get(REPORT_ALERT_RECIPIENT.LANGUAGE),
                r.get(REPORT_ALERT_RECIPIENT.SITE));
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime local) {
        return local.toInstant(ZoneOffset.UTC);
    }
}
