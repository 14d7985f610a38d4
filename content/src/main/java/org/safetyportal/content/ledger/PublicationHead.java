package org.safetyportal.content.ledger;

import static org.safetyportal.content.internal.jooq.Tables.PUBLICATION_LEDGER;
import static org.safetyportal.content.internal.jooq.Tables.PUBLICATION_LEDGER_HEAD;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.safetyportal.content.database.TransactionScope;

/**
 * The sequence number of the newest ledger entry, as this node knows it, in all and per event type.
 * Everything public changes only when the ledger grows, so public answers are kept per head (of all
 * entries, or of a {@link LedgerFamily}) and recomputed when it moves.
 *
 * <p>An append on this node moves the head as soon as its transaction commits, from the entry it wrote,
 * without a read and without a lock: under a stream of reports the commits would otherwise queue for one
 * another (and each ask the pool for a second connection). Appends on other nodes (several portals on one
 * MySQL) are noticed by reading the one-row head table, lazily and at most once per {@link #CHECK_INTERVAL},
 * and the types of the entries they added since the last such read: a stale answer lives at most that long.
 * A thread inside a transaction never moves the head, because it could see its own uncommitted entry.
 */
@Singleton
public class PublicationHead {

    /** How old the last look at the database may be before the head is read again. */
    public static final Duration CHECK_INTERVAL = Duration.ofSeconds(1);

    private final DSLContext dsl;
    private final AtomicLong seq = new AtomicLong(-1);
    /** The newest entry of each event type this node has seen appended or read since its first look. */
    private final Map<String, Long> newestOfType = new ConcurrentHashMap<>();
    /** The head at this node's first look: a family none of whose entries were seen since is taken to be as new. */
    private volatile long firstSeen = -1;
    /** Up to where the ledger's entries have been read for their types (appends here are not reads). */
    private long scannedTo = -1;
    private volatile long checkedAt;

    PublicationHead(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The newest entry's sequence number (0 for an empty ledger), at most {@link #CHECK_INTERVAL} old. */
    public long current() {
        if (seq.get() < 0 || System.nanoTime() - checkedAt >= CHECK_INTERVAL.toNanos()) {
            if (TransactionScope.active()) {
                return seq.get() < 0 ? readHead() : seq.get();
            }
            refresh();
        }
        return seq.get();
    }

    /**
     * The sequence number of the newest entry of the family, as fresh as {@link #current()}; for a family none
     * of whose entries this node has seen, the head at its first look.
     */
    public long current(LedgerFamily family) {
        long all = current();
        if (family.isAll() || firstSeen < 0) {
            return all;
        }
        long newest = firstSeen;
        for (String type : family.eventTypes()) {
            newest = Math.max(newest, newestOfType.getOrDefault(type, -1L));
        }
        return newest;
    }

    /** Called by the ledger for each append: the head moves to that entry once the appending transaction commits. */
    void appended(long appendedSeq, String eventType) {
        TransactionScope.afterCommit(() -> {
            // Never backwards: commits of appends that took their turns one after the other may end in any order.
            newestOfType.merge(eventType, appendedSeq, Math::max);
            seq.accumulateAndGet(appendedSeq, Math::max);
        });
    }

    private synchronized void refresh() {
        long now = System.nanoTime();
        if (seq.get() >= 0 && now - checkedAt < CHECK_INTERVAL.toNanos()) {
            return;
        }
        long head = readHead();
        if (firstSeen < 0) {
            firstSeen = head;
            scannedTo = head;
        } else if (head > scannedTo) {
            long from = scannedTo;
            dsl.select(PUBLICATION_LEDGER.EVENT_TYPE, DSL.max(PUBLICATION_LEDGER.SEQ)).from(PUBLICATION_LEDGER)
                    .where(PUBLICATION_LEDGER.SEQ.gt(from)).and(PUBLICATION_LEDGER.SEQ.le(head))
                    .groupBy(PUBLICATION_LEDGER.EVENT_TYPE)
                    .forEach(row -> newestOfType.merge(row.value1(), row.value2(), Math::max));
            scannedTo = head;
        }
        seq.accumulateAndGet(head, Math::max);
        checkedAt = now;
    }

    private long readHead() {
        return dsl.select(PUBLICATION_LEDGER_HEAD.LAST_SEQ).from(PUBLICATION_LEDGER_HEAD)
                .where(PUBLICATION_LEDGER_HEAD.ID.eq(1)).fetchSingle(PUBLICATION_LEDGER_HEAD.LAST_SEQ);
    }
}
