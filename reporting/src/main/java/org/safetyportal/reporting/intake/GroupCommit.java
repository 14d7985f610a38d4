package org.safetyportal.reporting.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Writes items that arrive at the same moment together: whoever gets the turn writes everything waiting (up to
 * {@code most}) in one go, and the others are woken as soon as it has, to find theirs written (or to write the
 * next batch). Each publication holds the ledger's turn from its append to its commit, so reports written one by one
 * wait for each other's commits; written together they share one turn and one commit. A batch that fails is written again item by item, so that
 * one item's fault (a tracking code already taken, a value the database refuses) is only that item's.
 *
 * @param <T> what is written
 * @param <R> what writing one answers
 */
final class GroupCommit<T, R> {

    private final int most;
    private final Function<List<T>, List<R>> together;
    private final Function<T, R> alone;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition turnEnded = lock.newCondition();
    private final Queue<Waiting<T, R>> waiting = new ConcurrentLinkedQueue<>();
    /** Whether someone writes a batch now; read and written under the lock. */
    private boolean writing;

    /**
     * {@code together} writes a batch in one transaction and answers its results in the batch's order; {@code alone}
     * writes one item in a transaction of its own.
     */
    GroupCommit(int most, Function<List<T>, List<R>> together, Function<T, R> alone) {
        if (most < 1) {
            throw new IllegalArgumentException("A batch holds at least one item");
        }
        this.most = most;
        this.together = together;
        this.alone = alone;
    }

    /** Writes the item, with whatever else is waiting; answers once it is written, or throws what writing it threw. */
    R write(T item) {
        Waiting<T, R> mine = new Waiting<>(item);
        waiting.add(mine);
        while (true) {
            List<Waiting<T, R>> batch;
            lock.lock();
            try {
                // Whoever's item another writer wrote goes back at once: waiting for the turn itself, as the writers
                // once did, held them through the next batch too, and fewer reports waited to be written together.
                while (writing && !mine.settled) {
                    turnEnded.awaitUninterruptibly();
                }
                if (mine.settled) {
                    return mine.outcome();
                }
                writing = true;
                batch = nextBatch();
            } finally {
                lock.unlock();
            }
            try {
                write(batch);
            } finally {
                lock.lock();
                try {
                    writing = false;
                    turnEnded.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        }
    }

    /** How many items wait for their turn now (for tests that arrange a batch). */
    int waitingCount() {
        return waiting.size();
    }

    private List<Waiting<T, R>> nextBatch() {
        List<Waiting<T, R>> batch = new ArrayList<>();
        for (Waiting<T, R> next; batch.size() < most && (next = waiting.poll()) != null; ) {
            batch.add(next);
        }
        return batch;
    }

    /** Settles every item of the batch; whatever is written outside the lock is published to the waiters by it. */
    private void write(List<Waiting<T, R>> batch) {
        if (batch.size() > 1) {
            List<R> results;
            try {
                results = together.apply(batch.stream().map(w -> w.item).toList());
            } catch (RuntimeException | Error batchFailed) {
                results = null;
            }
            if (results != null) {
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).succeeded(results.get(i));
                }
                return;
            }
        }
        for (Waiting<T, R> one : batch) {
            try {
                one.succeeded(alone.apply(one.item));
            } catch (RuntimeException | Error failed) {
                one.failed(failed);
            }
        }
    }

    /**
     * An item and, once its turn has come, what writing it gave: set by the writer before it gives the turn back under
     * the lock, read by its own writer under that lock.
     */
    private static final class Waiting<T, R> {

        private final T item;
        private boolean settled;
        private R result;
        private Throwable failure;

        Waiting(T item) {
            this.item = item;
        }

        void succeeded(R written) {
            result = written;
            settled = true;
        }

        void failed(Throwable thrown) {
            failure = thrown;
            settled = true;
        }

        R outcome() {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            return result;
        }
    }
}
