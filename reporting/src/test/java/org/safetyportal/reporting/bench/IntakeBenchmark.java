package org.safetyportal.reporting.bench;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.safetyportal.content.testing.TestDatabase;
import org.safetyportal.reporting.intake.IntakeSource;
import org.safetyportal.reporting.intake.NewReport;
import org.safetyportal.reporting.intake.ReportIntake;
import org.safetyportal.reporting.photos.PhotoPreparation;
import org.safetyportal.reporting.photos.TestImages;
import org.safetyportal.reporting.testing.ReportingWorld;

/**
 * How fast citizens' reports are taken, as figures: {@link ReportIntake} (rules, limits, routing, the report,
 * its first public step and its ledger entry in one transaction) for text-only reports and for reports with
 * one 3 MB photo (prepared as the form prepares an upload: checked, decoded, re-encoded, thumbnail), beside the
 * same report and step rows inserted by plain JDBC on the same pool and threads. Each report comes from a
 * source of its own, so the limits are checked and counted but never refuse. Runs on a fresh world: embedded
 * H2, or a new database on the server {@code PORTAL_TEST_DB_URL} names. Not a test; the README says how to run
 * it ({@code -Pbenchmark} in this module). The same intake over HTTP, and a kill -9 under load, are figures of
 * the portal's load benchmark.
 *
 * <p>Arguments {@code name=value}: {@code threads} (8), {@code reports} text reports per figure (2000),
 * {@code photoReports} (100), {@code warmup} reports by each way before the figures (1000), {@code database=h2}
 * to keep H2 when {@code PORTAL_TEST_DB_URL} is set.
 */
public final class IntakeBenchmark {

    private static final String LINE = "%-52s %7d %7d %9.1f %9.2f %9.2f %9.2f  %s%n";
    private static final byte[] NO_PHOTO = new byte[0];
    private static final int PHOTO_WIDTH = 2400;
    private static final int PHOTO_HEIGHT = 1800;

    private final ReportingWorld world;
    private final int threads;
    private final AtomicInteger receipts = new AtomicInteger();
    /** Numbers the plain JDBC reports' tracking codes across its runs. */
    private final AtomicInteger serial = new AtomicInteger();

    private IntakeBenchmark(ReportingWorld world, int threads) {
        this.world = world;
        this.threads = threads;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> scale = parse(args);
        boolean external = TestDatabase.kinds().contains("mysql") && !"h2".equals(scale.get("database"));
        int threads = Integer.parseInt(scale.getOrDefault("threads", "8"));
        int reports = Integer.parseInt(scale.getOrDefault("reports", "2000"));
        int photoReports = Integer.parseInt(scale.getOrDefault("photoReports", "100"));
        int warmup = Integer.parseInt(scale.getOrDefault("warmup", "1000"));
        try (ReportingWorld world = ReportingWorld.start(external ? "mysql" : "h2")) {
            IntakeBenchmark benchmark = new IntakeBenchmark(world, threads);
            benchmark.header(scale);
            byte[] photo = threeMegabytePhoto();
            System.out.printf(Locale.ROOT, "# photo     JPEG of %d bytes (%.1f MB), %dx%d px of noise%n", photo.length,
                    photo.length / 1e6, PHOTO_WIDTH, PHOTO_HEIGHT);
            System.out.printf(Locale.ROOT, "%-52s %7s %7s %9s %9s %9s %9s  %s%n", "what", "threads", "count", "per s",
                    "p50 ms", "p95 ms", "p99 ms", "note");
            // Both warmed alike: the intake's code is far larger than plain JDBC's, and a short warm-up left the JIT
            // compiling it (as much CPU as the intake itself) while its figure ran, and plain JDBC's only after.
            benchmark.intake("warm-up (not a figure)", warmup, NO_PHOTO, "JIT and pool");
            benchmark.plainJdbc("warm-up (not a figure)", warmup);
            Run text = benchmark.intake("ReportIntake.submit, text only", reports, NO_PHOTO,
                    "rules, limits, routing, report, step, ledger: one transaction");
            Run plain = benchmark.plainJdbc("plain JDBC: the same report, step and marks", reports);
            System.out.printf(Locale.ROOT, "# intake / plain JDBC = %.2f (reports per second)%n", text.perSecond() / plain.perSecond());
            benchmark.intake("ReportIntake.submit, one 3 MB photo", photoReports, photo,
                    "photo prepared (decode, re-encode, thumbnail) + stored in the transaction");
            benchmark.countStored();
        }
        System.exit(0);
    }

    private void header(Map<String, String> scale) throws SQLException {
        try (Connection connection = dataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            System.out.printf(Locale.ROOT, "# benchmark Safety Portal report intake (reporting module); one run, wall clock%n");
            System.out.printf(Locale.ROOT, "# database  %s %s, %s%n", meta.getDatabaseProductName(),
                    meta.getDatabaseProductVersion(), world.world().database().jdbcUrl());
        }
        System.out.printf(Locale.ROOT, "# jvm       %s %s, %d cores, max heap %d MiB%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf(Locale.ROOT, "# scale     %s%n", scale.isEmpty() ? "defaults" : scale);
    }

    /** Reports taken by the intake from that many threads, each from a source of its own. */
    private Run intake(String what, int count, byte[] photo, String note) throws Exception {
        ReportIntake intake = world.intake();
        AtomicInteger sources = new AtomicInteger();
        Run run = Run.of(threads, count, () -> {
            int n = sources.incrementAndGet();
            List<org.safetyportal.reporting.photos.PreparedPhoto> photos = photo.length == 0 ? List.of()
                    : List.of(PhotoPreparation.prepare(photo));
            NewReport report = withPhotos(ReportingWorld.gasLeak("示例：楼道燃气管道有异味，第 " + n + " 份"), photos);
            intake.submit(report, new IntakeSource("bench-address-" + n, "bench-device-" + n));
            receipts.incrementAndGet();
        });
        run.print(what, note);
        return run;
    }

    /**
     * The rows a text report leaves in its own tables (the report, its first step, the two intake marks), each
     * report in a transaction of its own, by prepared statements: what the database alone costs. The ledger
     * entry is not among them: its hash chain orders appends one after another, which is the intake's price for
     * verifiability, so the ratio shows it.
     */
    private Run plainJdbc(String what, int count) throws Exception {
        DataSource dataSource = dataSource();
        Timestamp at = Timestamp.valueOf(LocalDateTime.of(2026, 3, 2, 10, 0));
        Run run = Run.of(threads, count, () -> {
            int n = serial.incrementAndGet();
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                int id;
                try (PreparedStatement report = connection.prepareStatement("INSERT INTO hazard_report (tracking_code, pin_hash,"
                        + " sector_code, area_code, township_code, address, description, real_name, routed_department_code,"
                        + " routing_rule, department_code, status, submitted_at, updated_at)"
                        + " VALUES (?, ?, 'GAS', 'ZZ', 'ZZ-NANCUN', ?, ?, FALSE, 'ZZ-URBAN_MANAGEMENT', 'SEED', 'ZZ-URBAN_MANAGEMENT',"
                        + " 'SUBMITTED', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                    report.setString(1, String.format(Locale.ROOT, "P%012d", n));
                    report.setString(2, "0".repeat(64));
                    report.setString(3, "南村镇示例街12号");
                    report.setString(4, "JDBC 示例：楼道燃气管道有异味，第 " + n + " 份");
                    report.setTimestamp(5, at);
                    report.setTimestamp(6, at);
                    report.executeUpdate();
                    try (ResultSet keys = report.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getInt(1);
                    }
                }
                try (PreparedStatement step = connection.prepareStatement("INSERT INTO hazard_case_event (report_id, event_no,"
                        + " action, status_after, department_code, is_public, actor, occurred_at, content_hash)"
                        + " VALUES (?, 1, 'SUBMIT', 'SUBMITTED', 'ZZ-URBAN_MANAGEMENT', TRUE, 'citizen', ?, ?)")) {
                    step.setInt(1, id);
                    step.setTimestamp(2, at);
                    step.setString(3, "0".repeat(64));
                    step.executeUpdate();
                }
                try (PreparedStatement mark = connection.prepareStatement(
                        "INSERT INTO report_intake_mark (source, received_at) VALUES (?, ?)")) {
                    for (String source : List.of("jdbc-address-" + n, "jdbc-device-" + n)) {
                        mark.setString(1, source);
                        mark.setTimestamp(2, at);
                        mark.addBatch();
                    }
                    mark.executeBatch();
                }
                connection.commit();
            }
        });
        run.print(what, "prepared statements, one transaction per report");
        return run;
    }

    /** Every report the intake answered for is stored: the rows, counted apart from the plain JDBC ones. */
    private void countStored() throws SQLException {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM hazard_report WHERE description NOT LIKE 'JDBC%'")) {
            rows.next();
            System.out.printf(Locale.ROOT, "# stored    %d reports taken by the intake (receipts given: %d)%n", rows.getInt(1),
                    receipts.get());
        }
    }

    private DataSource dataSource() {
        return world.world().database().dataSource();
    }

    private static NewReport withPhotos(NewReport r, List<org.safetyportal.reporting.photos.PreparedPhoto> photos) {
        return new NewReport(r.sectorCode(), r.areaCode(), r.townshipCode(), r.address(), r.latitude(), r.longitude(),
                r.enterpriseName(), r.creditCode(), r.description(), r.reporter(), r.consent(), photos);
    }

    /** A camera-sized JPEG of about 3 MB: noise does not compress, as a real scene barely does at this quality. */
    private static byte[] threeMegabytePhoto() {
        return TestImages.noisyJpeg(PHOTO_WIDTH, PHOTO_HEIGHT);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> scale = new LinkedHashMap<>();
        for (String arg : args) {
            for (String pair : arg.split("[\\s,]+")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    scale.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return scale;
    }

    /** One figure: {@code count} operations spread over the threads, each timed. */
    private record Run(int threads, int count, long wallNanos, long cpuNanos, long[] nanos, int errors, String firstError) {

        interface Operation {
            void run() throws Exception;
        }

        static Run of(int threads, int count, Operation operation) throws Exception {
            long[] nanos = new long[count];
            AtomicInteger next = new AtomicInteger();
            AtomicInteger errors = new AtomicInteger();
            AtomicReference<String> firstError = new AtomicReference<>();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long cpuAtStart = processCpuNanos();
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long began = System.nanoTime();
                        try {
                            operation.run();
                        } catch (Exception | Error e) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, e.toString());
                        }
                        nanos[i] = System.nanoTime() - began;
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            long wall = System.nanoTime() - start;
            long cpu = processCpuNanos() - cpuAtStart;
            pool.shutdown();
            Arrays.sort(nanos);
            return new Run(threads, count, wall, cpu, nanos, errors.get(), firstError.get());
        }

        /**
         * The CPU time this JVM has used, all threads: a figure that other work on a shared machine slows down far
         * less than wall-clock rates, for the database's share is not in it.
         */
        private static long processCpuNanos() {
            return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
        }

        double perSecond() {
            return (count - errors) / (wallNanos / 1e9);
        }

        double percentile(int p) {
            if (nanos.length == 0) {
                return 0;
            }
            int index = Math.min(nanos.length - 1, (int) Math.ceil(p / 100.0 * nanos.length) - 1);
            return nanos[Math.max(0, index)] / 1e6;
        }

        void print(String what, String note) {
            String error = errors == 0 ? "" : " | " + errors + " errors, first: " + firstError;
            String cpu = String.format(Locale.ROOT, " | JVM CPU %.2f ms each", cpuNanos / 1e6 / count);
            System.out.printf(Locale.ROOT, LINE, what, threads, count, perSecond(), percentile(50), percentile(95),
                    percentile(99), note + cpu + error);
        }
    }
}
