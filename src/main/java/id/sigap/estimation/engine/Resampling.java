package id.sigap.estimation.engine;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Bootstrap and jackknife replicates of an estimate (reference §3.4). Bootstrap replicate b is a multinomial draw
 * of n_obs cases over the input rows with probabilities count / n_obs, from a generator seeded by (seed, b) alone,
 * so the replicates are the same whatever the number of threads. Jackknife: each row with a positive count loses one
 * case. Every replicate re-runs the whole selection (the given function); a replicate whose estimate is not finite
 * counts as +infinity.
 */
final class Resampling {

    private Resampling() {}

    static double[] bootstrap(CaptureHistories table, int replicates, long seed, ToDoubleFunction<CaptureHistories> f) {
        int[] counts = table.counts();
        long[] cumulative = new long[counts.length];
        long n = 0;
        for (int r = 0; r < counts.length; r++) {
            n += counts[r];
            cumulative[r] = n;
        }
        long total = n;
        return IntStream.range(0, replicates)
                .parallel()
                .mapToDouble(b -> finite(f.applyAsDouble(table.withCounts(draw(cumulative, total, seed, b)))))
                .toArray();
    }

    static int[] draw(long[] cumulative, long n, long seed, int replicate) {
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + replicate);
        int[] out = new int[cumulative.length];
        for (long k = 0; k < n; k++) {
            long u = rng.nextLong(n);
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] > u) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out[lo]++;
        }
        return out;
    }

    static double[] jackknife(CaptureHistories table, ToDoubleFunction<CaptureHistories> f) {
        int[] counts = table.counts();
        return IntStream.range(0, counts.length)
                .parallel()
                .mapToDouble(j -> {
                    if (counts[j] <= 0) {
                        return 0;
                    }
                    int[] c = counts.clone();
                    c[j]--;
                    return finite(f.applyAsDouble(table.withCounts(c)));
                })
                .toArray();
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : Double.POSITIVE_INFINITY;
    }
}
