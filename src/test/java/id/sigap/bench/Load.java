package id.sigap.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop load: {@code users} virtual threads, each repeating "think, then act" for a warm-up and then a measured
 * period. Latencies go into one HdrHistogram per kind of action (microseconds, 3 significant digits); completions are
 * also counted per second of the measured period, so that "sustained" can be checked second by second.
 */
final class Load {

    /** One action of a user; returns its kind (the histogram it belongs to). Throws on any failure. */
    @FunctionalInterface
    interface Action {
        String run(int user, long iteration) throws Exception;
    }

    record Plan(int users, Duration warmUp, Duration measured, Duration thinkMin, Duration thinkMax) {
        String describe() {
            return String.format(
                    Locale.ROOT,
                    "%d concurrent users (virtual threads), %d s warm-up, %d s measured, think time %s",
                    users,
                    warmUp.toSeconds(),
                    measured.toSeconds(),
                    thinkMax.isZero()
                            ? "none (each user sends its next request as soon as the last one is answered)"
                            : "uniform " + thinkMin.toMillis() + "–" + thinkMax.toMillis() + " ms between requests");
        }
    }

    /** What one load produced. */
    record Result(
            Map<String, Histogram> byKind,
            long[] perSecond,
            long errors,
            String firstError,
            double seconds,
            long attempts) {

        Histogram all() {
            Histogram h = new Histogram(Load.HIGHEST_MICROS, 3);
            byKind.values().forEach(h::add);
            return h;
        }

        long count() {
            return all().getTotalCount();
        }

        double throughput() {
            return count() / seconds;
        }

        long minSecond() {
            long min = Long.MAX_VALUE;
            for (long n : perSecond) {
                min = Math.min(min, n);
            }
            return perSecond.length == 0 ? 0 : min;
        }
    }

    static final long HIGHEST_MICROS = 120_000_000L;

    private Load() {}

    static Result run(Plan plan, Action action) throws InterruptedException {
        Map<String, ConcurrentHistogram> histograms = new java.util.concurrent.ConcurrentHashMap<>();
        int seconds = (int) plan.measured().toSeconds();
        AtomicLongArray perSecond = new AtomicLongArray(Math.max(1, seconds));
        AtomicLong errors = new AtomicLong();
        AtomicLong attempts = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long start = System.nanoTime();
        long measureFrom = start + plan.warmUp().toNanos();
        long end = measureFrom + plan.measured().toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < plan.users(); u++) {
            int user = u;
            threads.add(Thread.ofVirtual().name("bench-user-" + u).start(() -> {
                long i = 0;
                while (System.nanoTime() < end) {
                    think(plan);
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                        break;
                    }
                    String kind;
                    attempts.incrementAndGet();
                    try {
                        kind = action.run(user, i++);
                    } catch (Exception | AssertionError e) {
                        if (t0 >= measureFrom) {
                            errors.incrementAndGet();
                        }
                        firstError.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
                        continue;
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= measureFrom && t1 <= end) {
                        histograms
                                .computeIfAbsent(kind, k -> new ConcurrentHistogram(HIGHEST_MICROS, 3))
                                .recordValue(Math.min(HIGHEST_MICROS, Math.max(1, (t1 - t0) / 1_000)));
                        perSecond.incrementAndGet((int) Math.min(seconds - 1, (t1 - measureFrom) / 1_000_000_000L));
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        long[] counts = new long[perSecond.length()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = perSecond.get(i);
        }
        Map<String, Histogram> sorted = new LinkedHashMap<>();
        histograms.keySet().stream().sorted().forEach(k -> sorted.put(k, histograms.get(k)));
        return new Result(
                sorted, counts, errors.get(), firstError.get(), plan.measured().toNanos() / 1e9, attempts.get());
    }

    private static void think(Plan plan) {
        long min = plan.thinkMin().toMillis();
        long max = plan.thinkMax().toMillis();
        if (max <= 0) {
            return;
        }
        try {
            Thread.sleep(min + ThreadLocalRandom.current().nextLong(Math.max(1, max - min + 1)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
