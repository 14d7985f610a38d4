package org.safetyportal.portal.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many clients doing the same thing over and over for a bounded time (and at most a bounded number of
 * times each), on loopback: how many were done per second, how long each took, how many failed. Each
 * client keeps its own latencies, so measuring adds no contention of its own.
 */
final class LoadRun {

    /** One request (or one sequence of requests) of one client; false or an exception is an error. */
    @FunctionalInterface
    interface Work {
        boolean run() throws Exception;
    }

    /** What a run measured. Latencies in microseconds, sorted. */
    record Result(int clients, long done, long errors, long nanos, long[] latencies, String firstError) {

        double perSecond() {
            return nanos == 0 ? 0 : done * 1e9 / nanos;
        }

        double percentileMillis(double percentile) {
            if (latencies.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(percentile / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(index, latencies.length - 1))] / 1000.0;
        }
    }

    private static final int MAX_PER_CLIENT = 1_000_000;

    private LoadRun() {
    }

    /** Runs {@code work} on {@code clients} threads for {@code seconds}; a warm-up before it is not counted. */
    static Result run(int clients, double warmUpSeconds, double seconds, Work work) throws InterruptedException {
        if (warmUpSeconds > 0) {
            measure(clients, warmUpSeconds, work);
        }
        return measure(clients, seconds, work);
    }

    private static Result measure(int clients, double seconds, Work work) throws InterruptedException {
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        AtomicLong errors = new AtomicLong();
        String[] firstError = new String[1];
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long duration = (long) (seconds * 1e9);
        long[] began = new long[1];
        for (int c = 0; c < clients; c++) {
            int client = c;
            latencies[client] = new long[1024];
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                long end = began[0] + duration;
                while (counts[client] < MAX_PER_CLIENT && System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        ok = work.run();
                    } catch (Exception e) {
                        ok = false;
                        synchronized (firstError) {
                            if (firstError[0] == null) {
                                firstError[0] = e.toString();
                            }
                        }
                    }
                    long micros = (System.nanoTime() - t0) / 1000;
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                    if (counts[client] == latencies[client].length) {
                        latencies[client] = Arrays.copyOf(latencies[client], counts[client] * 2);
                    }
                    latencies[client][counts[client]++] = micros;
                }
            }, "load-" + client);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        began[0] = System.nanoTime();
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long nanos = System.nanoTime() - began[0];
        long done = Arrays.stream(counts).asLongStream().sum();
        long[] all = new long[(int) done];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Result(clients, done, errors.get(), nanos, all, firstError[0]);
    }
}
