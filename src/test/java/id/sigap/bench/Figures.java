package id.sigap.bench;

import java.util.Locale;
import org.HdrHistogram.Histogram;

/** Markdown rows of latency figures from an HdrHistogram of microseconds (percentiles computed by HdrHistogram). */
final class Figures {

    private Figures() {}

    static String header() {
        return "| path | requests | per second | p50 ms | p95 ms | p99 ms | max ms | mean ms |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|";
    }

    static double p95Ms(Histogram h) {
        return ms(h.getValueAtPercentile(95));
    }

    static String row(String name, Histogram h, double seconds) {
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.1f | %.2f | %.2f | %.2f | %.2f | %.2f |",
                name,
                h.getTotalCount(),
                h.getTotalCount() / seconds,
                ms(h.getValueAtPercentile(50)),
                ms(h.getValueAtPercentile(95)),
                ms(h.getValueAtPercentile(99)),
                ms(h.getMaxValue()),
                h.getMean() / 1000.0);
    }

    static double ms(long micros) {
        return micros / 1000.0;
    }
}
