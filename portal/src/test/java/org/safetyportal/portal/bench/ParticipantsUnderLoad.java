package org.safetyportal.portal.bench;

import java.net.http.HttpClient;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.safetyportal.portal.e2e.PortalProcess;

/**
 * Issue 13's classroom load: many participants of many group sessions join and submit a quiz at once, through the
 * HTTP paths a phone's browser uses ({@link QuizParticipant}). {@code clients} participants are under way at any
 * moment, each starting the next as soon as it has submitted (no thinking time: the load is as dense as it gets).
 * Then the educator's pages are read for the attempts that came in, and the portal's live heap after a full GC,
 * with every participant's session still alive, says what each participant costs.
 */
final class ParticipantsUnderLoad {

    /** Issue 13: all participants within a minute, p99 per submission within 300 ms. */
    static final double TARGET_SECONDS = 60;
    static final double TARGET_P99_MS = 300;

    private final PortalProcess portal;
    private final HttpClient http;

    ParticipantsUnderLoad(PortalProcess portal, HttpClient http) {
        this.portal = portal;
        this.http = http;
    }

    /** What a run measured: each step's latencies, the wall time, and what the database holds afterwards. */
    record Figures(int participants, int clients, long wallNanos, LoadRun.Result joins,
            LoadRun.Result submissions, int joined, int graded, long heapBefore, long heapAfter, int questions) {
    }

    Figures run(int participants, int sessionCount, int clients, int questions) throws Exception {
        System.out.printf(Locale.ROOT, "# participants: creating %d sessions of %d questions as an educator (browser) ...%n",
                sessionCount, questions);
        try (EducatorSessions educator = EducatorSessions.create(portal, sessionCount, questions)) {
            List<EducatorSessions.Created> sessions = educator.sessions();
            HeapProbe heap = new HeapProbe(portal.pid());
            long heapBefore = heap.liveBytesAfterGc();

            long[][] joins = new long[participants][];
            int[] questionsOnPaper = new int[participants];
            long[][] submissions = new long[participants][];
            AtomicInteger next = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            AtomicReference<String> firstError = new AtomicReference<>();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long began = System.nanoTime();
            List<Future<?>> workers = new java.util.ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < participants; i = next.getAndIncrement()) {
                        String code = sessions.get(i % sessions.size()).code();
                        try {
                            QuizParticipant.Times times = new QuizParticipant(http, portal.baseUrl(), i)
                                    .take(code, "示例学员" + (i + 1));
                            joins[i] = new long[] {times.join()};
                            questionsOnPaper[i] = times.questions();
                            submissions[i] = new long[] {times.submission()};
                        } catch (Exception e) {
                            failed.incrementAndGet();
                            firstError.compareAndSet(null, "participant " + (i + 1) + ": " + e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            long wall = System.nanoTime() - began;
            pool.shutdown();
            long heapAfter = heap.liveBytesAfterGc();

            int joined = 0;
            int graded = 0;
            for (EducatorSessions.Created session : sessions) {
                EducatorSessions.Counts counts = educator.counts(session);
                joined += counts.joined();
                graded += counts.submitted();
            }
            return new Figures(participants, clients, wall, result(clients, joins, wall, failed.get(), firstError.get()),
                    result(clients, submissions, wall, failed.get(), firstError.get()),
                    joined, graded, heapBefore, heapAfter, paperSize(questionsOnPaper, questions));
        }
    }

    /**
     * The questions on the papers the participants answered, as the server drew them, so the figure printed is what
     * was measured; a paper of another size than asked for fails the run rather than being averaged in.
     */
    private static int paperSize(int[] questionsOnPaper, int asked) {
        int[] sizes = Arrays.stream(questionsOnPaper).filter(n -> n > 0).distinct().toArray();
        if (sizes.length > 1 || (sizes.length == 1 && sizes[0] != asked)) {
            throw new IllegalStateException("sessions of " + asked + " questions gave papers of " + Arrays.toString(sizes));
        }
        return asked;
    }

    private static LoadRun.Result result(int clients, long[][] perParticipant, long wall, long errors, String firstError) {
        long[] all = Arrays.stream(perParticipant).filter(a -> a != null).flatMapToLong(Arrays::stream).sorted().toArray();
        return new LoadRun.Result(clients, all.length, errors, wall, all, firstError);
    }
}
