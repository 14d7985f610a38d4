package org.safetyportal.content.ledger;

import static org.safetyportal.content.internal.jooq.Tables.PUBLICATION_LEDGER_HEAD;

import jakarta.inject.Singleton;
import java.time.Duration;
import org.jooq.DSLContext;
import org.safetyportal.content.database.TransactionScope;

/**
 * The sequence number of the newest ledger entry, as this node knows it. Everything public changes
 * only when the ledger grows, so public answers are kept per head and recomputed when it moves.
 *
 * <p>An append on this node moves the head as soon as its transaction commits. Appends on other
 * nodes (several portals on one MySQL) are noticed by reading the one-row head table, lazily and at
 * most once per {@link #CHECK_INTERVAL}: a stale answer lives at most that long. A thread inside a
 * transaction never moves the head, because it could see its own uncommitted entry.
 */
@Singleton
public class PublicationHead {

    /** How old the last look at the database may be before the head is read again. */
    public static final Duration CHECK_INTERVAL = Duration.ofSeconds(1);

    private final DSLContext dsl;
    private volatile long seq = -1;
    private volatile long checkedAt;

    PublicationHead(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The newest entry's sequence number (0 for an empty ledger), at most {@link #CHECK_INTERVAL} old. */
    public long current() {
        if (seq < 0 || System.nanoTime() - checkedAt >= CHECK_INTERVAL.toNanos()) {
            if (TransactionScope.active()) {
                return seq < 0 ? readHead() : seq;
            }
            refresh(false);
        }
        return seq;
    }

    /** Called by the ledger for each append: the head is read again once the appending transaction commits. */
    void appended() {
        TransactionScope.afterCommit(() -> refresh(true));
    }

    private synchronized void refresh(boolean force) {
        long now = System.nanoTime();
        if (force || seq < 0 || now - checkedAt >= CHECK_INTERVAL.toNanos()) {
            // Never backwards: a slower refresh may have read before a faster one that saw a later commit.
            seq = Math.max(seq, readHead());
            checkedAt = now;
        }
    }

    private long readHead() {
        return dsl.select(PUBLICATION_LEDGER_HEAD.LAST_SEQ).from(PUBLICATION_LEDGER_HEAD)
                .where(PUBLICATION_LEDGER_HEAD.ID.eq(1)).fetchSingle(PUBLICATION_LEDGER_HEAD.LAST_SEQ);
    }
}
