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

    @AfterEach
    void stopWriters() {
        writers.shutdownNow();
    }

    @Test
    void itemsThatArriveWhileABatchIsWritten_areWrittenTogetherNext_eachAnsweredWithItsOwnResult() throws Exception {
        CountDownLatch firstIsBeingWritten = new CountDownLatch(1);
        CountDownLatch letFirstFinish = new CountDownLatch(1);
        GroupCommit<Integer, String> commit = new GroupCommit<>(32, this::together, item -> {
            alone.add(item);
            if (item == 0) {
                firstIsBeingWritten.countDown();
                await(letFirstFinish);
            }
            return "written " + item;
        });

        Future<String> first = writers.submit(() -> commit.write(0));
        assertTrue(firstIsBeingWritten.await(10, TimeUnit.SECONDS));
        List<Future<String>> next = new ArrayList<>();
        for (int item = 1; item <= 10; item++) {
            int i = item;
            next.add(writers.submit(() -> commit.write(i)));
        }
        waitUntilQueued(commit, 10);
        letFirstFinish.countDown();

        assertEquals("written 0", first.get(10, TimeUnit.SECONDS));
        for (int item = 1; item <= 10; item++) {
            assertEquals("together " + item, next.get(item - 1).get(10, TimeUnit.SECONDS));
        }
        assertEquals(List.of(0), alone);
        assertEquals(1, batches.size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), batches.get(0).stream().sorted().toList());
    }

    @Test
    void aBatchHoldsAtMostItsLimit_andTheRestFollowsInTheNext() throws Exception {
        CountDownLatch firstIsBeingWritten = new CountDownLatch(1);
        CountDownLatch letFirstFinish = new CountDownLatch(1);
        GroupCommit<Integer, String> commit = new GroupCommit<>(4, this::together, item -> {
            if (item == 0) {
                firstIsBeingWritten.countDown();
                await(letFirstFinish);
            }
            alone.add(item);
            return "written " + item;
        });
        Future<String> first = writers.submit(() -> commit.write(0));
        assertTrue(firstIsBeingWritten.await(10, TimeUnit.SECONDS));
        List<Future<String>> next = new ArrayList<>();
        for (int item = 1; item <= 9; item++) {
            int i = item;
            next.add(writers.submit(() -> commit.write(i)));
        }
        waitUntilQueued(commit, 9);
        letFirstFinish.countDown();

        first.get(10, TimeUnit.SECONDS);
        for (Future<String> written : next) {
            written.get(10, TimeUnit.SECONDS);
        }
        // Nine waiting, four at most together: two batches of four, and the last alone.
        assertEquals(List.of(4, 4), batches.stream().map(List::size).toList());
        assertEquals(2, alone.size());
        assertEquals(0, alone.get(0));
    }

    @Test
    void aBatchThatFails_isWrittenItemByItem_andOnlyTheFaultyItemsWriterHearsOfIt() throws Exception {
        CountDownLatch firstIsBeingWritten = new CountDownLatch(1);
        CountDownLatch letFirstFinish = new CountDownLatch(1);
        GroupCommit<Integer, String> commit = new GroupCommit<>(32, items -> {
            batches.add(items);
            throw new IllegalStateException("the batch is refused");
        }, item -> {
            if (item == 0) {
                firstIsBeingWritten.countDown();
                await(letFirstFinish);
            }
            if (item == 3) {
                throw new IllegalArgumentException("item 3 is refused");
            }
            return "written " + item;
        });
        Future<String> first = writers.submit(() -> commit.write(0));
        assertTrue(firstIsBeingWritten.await(10, TimeUnit.SECONDS));
        List<Future<String>> next = new ArrayList<>();
        for (int item = 1; item <= 5; item++) {
            int i = item;
            next.add(writers.submit(() -> commit.write(i)));
        }
        waitUntilQueued(commit, 5);
        letFirstFinish.countDown();

        assertEquals("written 0", first.get(10, TimeUnit.SECONDS));
        for (int item = 1; item <= 5; item++) {
            Future<String> written = next.get(item - 1);
            if (item == 3) {
                ExecutionException failed = assertThrows(ExecutionException.class, () -> written.get(10, TimeUnit.SECONDS));
                assertEquals("item 3 is refused", failed.getCause().getMessage());
            } else {
                assertEquals("written " + item, written.get(10, TimeUnit.SECONDS));
            }
        }
        assertEquals(1, batches.size());
    }

    @Test
    void oneWriterAlone_writesAlone() {
        GroupCommit<Integer, String> commit = new GroupCommit<>(32, this::together, item -> "written " + item);

        assertEquals("written 7", commit.write(7));
        assertTrue(batches.isEmpty());
    }

    private List<String> together(List<Integer> items) {
        batches.add(items);
        return items.stream().map(item -> "together " + item).toList();
    }

    private static void waitUntilQueued(GroupCommit<?, ?> commit, int count) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (commit.waitingCount() < count && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertEquals(count, commit.waitingCount());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
