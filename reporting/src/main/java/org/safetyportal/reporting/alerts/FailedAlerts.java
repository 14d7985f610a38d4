package org.safetyportal.reporting.alerts;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.AuditLog;
import org.safetyportal.content.account.CurrentRights;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.reporting.cases.CaseEvent;
import org.safetyportal.reporting.internal.AlertRepository;
import org.safetyportal.reporting.internal.AlertRepository.AlertRow;
import org.safetyportal.reporting.internal.ReportRepository;

/**
 * The alerts {@link AlertDelivery} gave up after its attempts. Administrators (who run the portal, {@code users:manage})
 * see them, with the error as kept (no address in it), and send one again once the mail server is mended: it goes
 * back into the outbox with its attempts counted afresh, the action audited. The reporter is told on {@code /track}
 * that e-mail updates could not be delivered ({@link ReportAlerts#undelivered(int)}), never to which address.
 */
@Singleton
public class FailedAlerts {

    public static final String AUDIT_SENT_AGAIN = "alerts.sentAgain";
    static final int MOST = 200;

    private final AlertRepository alerts;
    private final ReportRepository reports;
    private final CurrentRights rights;
    private final AuditLog audit;
    private final DSLContext dsl;
    private final CityClock clock;

    FailedAlerts(AlertRepository alerts, ReportRepository reports, CurrentRights rights, AuditLog audit, DSLContext dsl,
            CityClock clock) {
        this.alerts = alerts;
        this.reports = reports;
        this.rights = rights;
        this.audit = audit;
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * An alert given up: the case it is about ({@code hazard-case:N}), the public step it tells of and when that was
     * taken, how many attempts were made, when the last was due, and the last error with any address taken out.
     */
    public record FailedAlert(int id, int caseId, String action, Instant stepAt, int attempts, Instant lastAttemptAt,
            String error) {
    }

    /** The alerts given up, the latest first (at most {@value #MOST}); rights read again. */
    public List<FailedAlert> all(Actor actor) {
        rights.of(actor).require(Permissions.MANAGE_USERS);
        return alerts.failed(MOST).stream().map(this::failed).toList();
    }

    /** Puts an alert given up back in the outbox, to be sent at the next round; refused in words when it is not given up. */
    public void sendAgain(Actor actor, int alertId) {
        dsl.transaction(() -> {
            Actor now = rights.of(actor);
            now.require(Permissions.MANAGE_USERS);
            AlertRow alert = alerts.alert(alertId).orElseThrow(() -> new ValidationException("alerts.failed.notFailed"));
            if (!alerts.sendAgain(alertId, clock.now())) {
                throw new ValidationException("alerts.failed.notFailed");
            }
            audit.record(now.username(), AUDIT_SENT_AGAIN, "report-alert:" + alertId,
                    "hazard-case:" + alert.reportId() + " / " + alert.attempts());
        });
    }

    private FailedAlert failed(AlertRow row) {
        CaseEvent step = reports.event(row.eventId()).orElse(null);
        return new FailedAlert(row.id(), row.reportId(), step == null ? null : step.action(),
                step == null ? null : step.occurredAt(), row.attempts(), row.nextAttemptAt(), row.lastError());
    }
}
