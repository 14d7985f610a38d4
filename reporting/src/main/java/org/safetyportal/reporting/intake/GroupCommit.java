package org.safetyportal.reporting.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Writes items that arrive at the same moment together: whoever gets the turn writes everything waiting (up to
 * {@code most}) in one go, and the others find theirs written when the turn comes to them. Each publication holds
 * the ledger's turn from its append to its commit, so reports written one by one wait for each other's commits;
 * written together they share one turn and one commit. A batch that fails is written again item by item, so that
 * one item's fault (a tracking code already taken, a value the database refuses) is only that item's.
 *
 * @param <T> what is written
 * @param <R> what writing one answers
 */
final class GroupCommit<T, R> {

    private final int most;
    private final Function<List<T>, List<R>> together;
    private final Function<T, R> alone;
    private final ReentrantLock turn = new ReentrantLock();
    private final Queue<Waiting<T, R>> waiting = new ConcurrentLinkedQueue<>();

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
        turn.lock();
        try {
            while (!mine.settled) {
                writeNextBatch();
            }
        } finally {
            turn.unlock();
        }
        return mine.outcome();
    }

    /** How many items wait for their turn now (for tests that arrange a batch). */
    int waitingCount() {
        return waiting.size();
    }

    private void writeNextBatch() {
        List<Waiting<T, R>> batch = new ArrayList<>();
        for (Waiting<T, R> next; batch.size() < most && (next = waiting.poll()) != null; ) {
            batch.add(next);
        }
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

    /** An item and, once its turn has come, what writing it gave. Read and written under the turn only. */
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
