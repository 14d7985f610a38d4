package org.safetyportal.reporting.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private final ExecutorService writers = Executors.newCachedThreadPool();
    private final List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> alone = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch firstIsBeingWritten = new CountDownLatch(1);
    private final CountDownLatch letFirstFinish = new CountDownLatch(1);

    @AfterEach
    void stopWriters() {
        writers.shutdownNow();
    }

    @Test
    void itemsThatArriveWhileABatchIsWritten_areWrittenTogetherNext_eachAnsweredWithItsOwnResult() throws Exception {
        GroupCommit<Integer, String> commit = new GroupCommit<>(32, this::together, this::writeAlone);

        List<Future<String>> written = writeBehindAHeldFirst(commit, 10);

        assertEquals("written 0", written.get(0).get(10, TimeUnit.SECONDS));
        for (int item = 1; item <= 10; item++) {
            assertEquals("together " + item, written.get(item).get(10, TimeUnit.SECONDS));
        }
        assertEquals(List.of(0), alone);
        assertEquals(1, batches.size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), batches.get(0).stream().sorted().toList());
    }

    @Test
    void aBatchHoldsAtMostItsLimit_andTheRestFollowsInTheNext() throws Exception {
        GroupCommit<Integer, String> commit = new GroupCommit<>(4, this::together, this::writeAlone);

        for (Future<String> written : writeBehindAHeldFirst(commit, 9)) {
            written.get(10, TimeUnit.SECONDS);
        }

        // Nine waiting, four at most together: two batches of four, and the last alone.
        assertEquals(List.of(4, 4), batches.stream().map(List::size).toList());
        assertEquals(2, alone.size());
        assertEquals(0, alone.get(0));
    }

    @Test
    void aBatchThatFails_isWrittenItemByItem_andOnlyTheFaultyItemsWriterHearsOfIt() throws Exception {
        GroupCommit<Integer, String> commit = new GroupCommit<>(32, items -> {
            batches.add(items);
            throw new IllegalStateException("the batch is refused");
        }, item -> {
            if (item == 3) {
                throw new IllegalArgumentException("item 3 is refused");
            }
            return writeAlone(item);
        });

        List<Future<String>> written = writeBehindAHeldFirst(commit, 5);

        for (int item = 0; item <= 5; item++) {
            Future<String> one = written.get(item);
            if (item == 3) {
                ExecutionException failed = assertThrows(ExecutionException.class, () -> one.get(10, TimeUnit.SECONDS));
                assertEquals("item 3 is refused", failed.getCause().getMessage());
            } else {
                assertEquals("written " + item, one.get(10, TimeUnit.SECONDS));
            }
        }
        assertEquals(1, batches.size());
    }

    @Test
    void writersWhoseItemsAWriterWrote_areAnsweredWhileTheNextBatchIsStillBeingWritten() throws Exception {
        CountDownLatch nextIsBeingWritten = new CountDownLatch(1);
        CountDownLatch letNextFinish = new CountDownLatch(1);
        GroupCommit<Integer, String> commit = new GroupCommit<>(32, this::together, item -> {
            if (item == 99) {
                nextIsBeingWritten.countDown();
                await(letNextFinish);
            }
            return writeAlone(item);
        });
        List<Future<String>> written = writeBehindAHeldFirst(commit, 5);
        written.get(0).get(10, TimeUnit.SECONDS);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (batches.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertEquals(1, batches.size());

        // Items 1 to 5 were taken for their batch, so 99 comes after them and holds the next turn.
        Future<String> next = writers.submit(() -> commit.write(99));
        assertTrue(nextIsBeingWritten.await(10, TimeUnit.SECONDS));
        try {
            for (int item = 1; item <= 5; item++) {
                assertEquals("together " + item, written.get(item).get(10, TimeUnit.SECONDS));
            }
            assertTrue(!next.isDone());
        } finally {
            letNextFinish.countDown();
        }
        assertEquals("written 99", next.get(10, TimeUnit.SECONDS));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void oneWriterAlone_writesAlone() {
        GroupCommit<Integer, String> commit = new GroupCommit<>(32, this::together, item -> "written " + item);

        assertEquals("written 7", commit.write(7));
        assertTrue(batches.isEmpty());
    }

    /**
     * Writes item 0 and holds it while items 1 to {@code others} arrive and wait for the turn; lets it finish once they
     * all wait. Answers what writing each gives, item 0 first.
     */
    private List<Future<String>> writeBehindAHeldFirst(GroupCommit<Integer, String> commit, int others) throws Exception {
        List<Future<String>> written = new ArrayList<>();
        written.add(writers.submit(() -> commit.write(0)));
        assertTrue(firstIsBeingWritten.await(10, TimeUnit.SECONDS));
        for (int item = 1; item <= others; item++) {
            int i = item;
            written.add(writers.submit(() -> commit.write(i)));
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (commit.waitingCount() < others && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertEquals(others, commit.waitingCount());
        letFirstFinish.countDown();
        return written;
    }

    private String writeAlone(int item) {
        alone.add(item);
        if (item == 0) {
            firstIsBeingWritten.countDown();
            try {
                assertTrue(letFirstFinish.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return "written " + item;
    }

    private List<String> together(List<Integer> items) {
        batches.add(items);
        return items.stream().map(item -> "together " + item).toList();
    }
}
