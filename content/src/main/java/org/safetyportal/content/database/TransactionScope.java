package org.safetyportal.content.database;

import java.util.ArrayList;
import java.util.List;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;

/**
 * Knows whether the current thread is inside a transaction of the shared {@code DSLContext} and runs
 * work once the outermost one has committed. Read models need both: a thread inside a transaction
 * sees its own uncommitted writes, which must never be kept for other threads, and news of a
 * publication may only spread once the publication is visible to every connection.
 */
public final class TransactionScope implements TransactionListener {

    private static final ThreadLocal<Scope> SCOPE = ThreadLocal.withInitial(Scope::new);

    /** Whether this thread is inside a transaction now. */
    public static boolean active() {
        return SCOPE.get().depth > 0;
    }

    /**
     * Runs the task when this thread's outermost transaction commits, or at once outside a
     * transaction. A rollback of the outermost transaction drops it.
     */
    public static void afterCommit(Runnable task) {
        Scope scope = SCOPE.get();
        if (scope.depth == 0) {
            task.run();
        } else {
            scope.afterCommit.add(task);
        }
    }

    @Override
    public void beginStart(TransactionContext ctx) {
        SCOPE.get().depth++;
    }

    @Override
    public void commitEnd(TransactionContext ctx) {
        Scope scope = SCOPE.get();
        if (--scope.depth == 0) {
            List<Runnable> tasks = List.copyOf(scope.afterCommit);
            scope.afterCommit.clear();
            tasks.forEach(Runnable::run);
        }
    }

    @Override
    public void rollbackEnd(TransactionContext ctx) {
        Scope scope = SCOPE.get();
        if (--scope.depth == 0) {
            scope.afterCommit.clear();
        }
    }

    private static final class Scope {
        private int depth;
        private final List<Runnable> afterCommit = new ArrayList<>();
    }
}
