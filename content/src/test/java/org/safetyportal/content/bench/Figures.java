package org.safetyportal.content.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What the benchmark prints: a header of facts (database, JVM, scale), then one line per figure with
 * the operation, how many items it handled, the total wall-clock time, the time per item and items
 * per second, and a short note.
 */
final class Figures {

    private static final String LINE = "%-42s %8d %11.1f %11.3f %10.1f  %s%n";

    private final PrintStream out;

    Figures(PrintStream out) {
        this.out = out;
    }

    /** The result of a timed piece of work and how long it took. */
    record Timed<T>(T value, long nanos) {
    }

    static <T> Timed<T> time(Supplier<T> work) {
        long start = System.nanoTime();
        T value = work.get();
        return new Timed<>(value, System.nanoTime() - start);
    }

    void fact(String name, String value) {
        out.printf(Locale.ROOT, "# %-9s %s%n", name, value);
    }

    void columns() {
        out.printf(Locale.ROOT, "%-42s %8s %11s %11s %10s  %s%n", "operation", "count", "total ms", "ms/item", "items/s", "note");
    }

    void line(String operation, long count, long nanos, String note) {
        double totalMs = nanos / 1e6;
        double perItem = count == 0 ? 0 : totalMs / count;
        double perSecond = nanos == 0 ? 0 : count * 1e9 / nanos;
        out.printf(Locale.ROOT, LINE, operation, count, totalMs, perItem, perSecond, note);
    }
}
