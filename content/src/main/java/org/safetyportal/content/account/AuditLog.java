package org.safetyportal.content.account;

import static org.safetyportal.content.internal.jooq.Tables.AUDIT_LOG;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.safetyportal.content.FourEyesViolation;

/** Append-only record of who did what to whom in the administration. */
@Singleton
public class AuditLog {

    private static final int MAX_DETAIL = 1000;

    private final DSLContext dsl;
    private final Clock clock;
    private final CurrentRights rights;

    AuditLog(DSLContext dsl, Clock clock, CurrentRights rights) {
        this.dsl = dsl;
        this.clock = clock;
        this.rights = rights;
    }

    public void record(String actor, String action, String target, String detail) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, AccountRepository.toLocal(clock.instant()))
                .set(AUDIT_LOG.ACTOR, actor)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.TARGET, target)
                .set(AUDIT_LOG.DETAIL, detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail)
                .execute();
    }

    /**
     * Runs a decision taken in its own transaction. When it is refused under four eyes, the refusal
     * is recorded once the decision's transaction has rolled back, so that the record stays.
     */
    public <T> T recordingRefusals(Actor actor, Supplier<T> decision) {
        try {
            return decision.get();
        } catch (FourEyesViolation refused) {
            record(actor.username(), AccountAuditActions.FOUR_EYES_REFUSED, refused.subject(), refused.messageKey());
            throw refused;
        }
    }

    public List<AuditEntry> recent(Actor actor, int limit) {
        rights.of(actor).require(Permissions.VIEW_AUDIT_LOG);
        return dsl.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID.desc()).limit(limit).fetch(r ->
                new AuditEntry(r.getId(), AccountRepository.toInstant(r.getOccurredAt()), r.getActor(),
                        r.getAction(), r.getTarget(), r.getDetail()));
    }
}
