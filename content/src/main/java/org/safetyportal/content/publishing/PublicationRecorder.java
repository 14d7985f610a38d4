package org.safetyportal.content.publishing;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.AuditLog;
import org.safetyportal.content.account.CurrentRights;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.ledger.PublicationLedger;
import org.safetyportal.content.ledger.Sha256;

/**
 * The one way anything is published: in one transaction the actor's rights as they stand now, the
 * row, its entry in the publication ledger and the audit record, or none of them. A register says
 * what it publishes; the recorder does the rest, so every register publishes alike.
 */
@Singleton
public class PublicationRecorder {

    private final DSLContext dsl;
    private final PublicationLedger ledger;
    private final AuditLog auditLog;
    private final CityClock clock;
    private final CurrentRights rights;

    PublicationRecorder(DSLContext dsl, PublicationLedger ledger, AuditLog auditLog, CityClock clock, CurrentRights rights) {
        this.dsl = dsl;
        this.ledger = ledger;
        this.auditLog = auditLog;
        this.clock = clock;
        this.rights = rights;
    }

    /**
     * Runs the work in one transaction. The work checks what it must against {@link Recording#actor()}
     * (the rights read again at this moment, not as the page held them) and publishes through the
     * recording; anything it throws rolls everything back.
     */
    public <T> T inTransaction(Actor actor, Function<Recording, T> work) {
        return dsl.transactionResult(() -> work.apply(new Recording(rights.of(actor), clock.now().truncatedTo(ChronoUnit.SECONDS))));
    }

    /**
     * The same for a decision under four eyes (approve, reject, sign off): a refusal of the actor's
     * rights or of the four-eyes rule is audited too, outside the transaction that rolled back.
     */
    public <T> T deciding(Actor actor, Function<Recording, T> work) {
        return auditLog.recordingRefusals(actor, () -> inTransaction(actor, work));
    }

    /** One transaction's publishing: who acts, when, and the ledger's turn. */
    public final class Recording {

        private final Actor actor;
        private final Instant now;

        private Recording(Actor actor, Instant now) {
            this.actor = actor;
            this.now = now;
        }

        /** The actor with the rights they hold now. */
        public Actor actor() {
            return actor;
        }

        /** The moment of this publication, to the second, as the row, the ledger and the canonical content carry it. */
        public Instant now() {
            return now;
        }

        /**
         * Waits for the ledger before checking for a duplicate, so that a second publication of the
         * same thing at the same moment waits and is then refused in words.
         */
        public void takeTurn() {
            ledger.takeTurn();
        }

        /** Writes the row, appends it to the ledger and audits it; answers the row's id. */
        public int publish(PublicationKind kind, String canonical, PublishedRow row, String auditDetail) {
            int id = row.insert(now, Sha256.of(canonical));
            published(kind, id, canonical, auditDetail);
            return id;
        }

        /** Appends a row already written (its canonical content read back as stored) to the ledger and audits it. */
        public void published(PublicationKind kind, int id, String canonical, String auditDetail) {
            ledger.append(kind.ledgerEvent(), kind.subject(id), canonical, now);
            auditLog.record(actor.username(), kind.auditAction(), kind.subject(id), auditDetail);
        }

        /** An audited step that publishes nothing (a request, a rejection). */
        public void audit(String action, String target, String detail) {
            auditLog.record(actor.username(), action, target, detail);
        }
    }
}
