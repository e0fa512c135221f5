package id.sigap.region.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latency samples in nanoseconds and their percentiles (nearest-rank). */
final class Latencies {

    private long[] samples = new long[1024];
    private int size;

    void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    int count() {
        return size;
    }

    double percentileMs(double p) {
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    double meanMs() {
        return Arrays.stream(samples, 0, size).average().orElse(0) / 1e6;
    }

    double maxMs() {
        return Arrays.stream(samples, 0, size).max().orElse(0) / 1e6;
    }

    /** A Markdown table row: name, samples, p50, p95, p99, max, mean (ms). */
    String row(String name) {
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f |",
                name,
                size,
                percentileMs(50),
                percentileMs(95),
                percentileMs(99),
                maxMs(),
                meanMs());
    }

    static String header() {
        return "| path | samples | p50 ms | p95 ms | p99 ms | max ms | mean ms |\n|---|---:|---:|---:|---:|---:|---:|";
    }
}
