package org.safetyportal.reporting.identity;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.jooq.DSLContext;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.AuditLog;
import org.safetyportal.content.account.CurrentRights;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.reporting.cases.HazardCase;
import org.safetyportal.reporting.internal.ReportRepository;
import org.safetyportal.reporting.internal.SealedRow;

/**
 * Reporters' identities, sealed apart from their reports. A handler of the case's department sees one
 * only by revealing it with a reason, which the audit log keeps (the reason, never the identity).
 */
@Singleton
public class SealedIdentities {

    public static final String REVEALED = "reports.identityRevealed";
    public static final int MAX_REASON = 500;

    private final DSLContext dsl;
    private final ReportRepository repository;
    private final IdentitySeal seal;
    private final CurrentRights rights;
    private final AuditLog auditLog;

    SealedIdentities(DSLContext dsl, ReportRepository repository, ReportingKey key, CurrentRights rights, AuditLog auditLog) {
        this.dsl = dsl;
        this.repository = repository;
        this.seal = new IdentitySeal(key);
        this.rights = rights;
        this.auditLog = auditLog;
    }

    /** Seals the identity of a new report, in the caller's transaction. */
    public void seal(int reportId, ReporterIdentity identity) {
        IdentitySeal.Sealed sealed = seal.seal(reportId, identity);
        repository.insertIdentity(reportId, new SealedRow(sealed.keyId(), sealed.nonce(), sealed.ciphertext()));
    }

    /**
     * The email a real-name reporter left, opened only to send that reporter an alert at this moment
     * (the alert sender's, never a person's: nothing is shown, so nothing is audited). Empty when the
     * report is anonymous or the reporter left no email. Never log or store what it answers.
     */
    public Optional<String> alertAddress(int reportId) {
        return repository.identity(reportId)
                .map(r -> seal.open(reportId, new IdentitySeal.Sealed(r.keyId(), r.nonce(), r.sealed())))
                .map(ReporterIdentity::email)
                .filter(email -> !email.isBlank());
    }

    /**
     * The identity of a real-name report, for a handler of the case's department who says why; empty
     * for an anonymous report. Checked and audited at the moment of asking.
     */
    public Optional<ReporterIdentity> reveal(Actor actor, int reportId, String reason) {
        String why = reason == null ? null : reason.strip();
        if (why == null || why.isEmpty()) {
            throw new ValidationException("reports.reveal.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw new ValidationException("reports.reveal.reasonTooLong", MAX_REASON);
        }
        return dsl.transactionResult(() -> {
            Actor acting = rights.of(actor);
            HazardCase hazardCase = repository.byId(reportId)
                    .orElseThrow(() -> new ValidationException("cases.unknown"));
            acting.require(Permissions.HANDLE_CASES, hazardCase.department().id(), hazardCase.area().id());
            Optional<SealedRow> row = repository.identity(reportId);
            auditLog.record(acting.username(), REVEALED, "hazard-case:" + reportId, why);
            return row.map(r -> seal.open(reportId, new IdentitySeal.Sealed(r.keyId(), r.nonce(), r.sealed())));
        });
    }
}
