package id.sigap.synthetic.internal;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Seeded randomness for one thing (a case, a person): an L64X128MixRandom whose seed mixes the run's seed, a stream
 * name and an index, so every case and person can be regenerated on its own, in any order, with the same result.
 */
final class Dice {

    private static final RandomGeneratorFactory<RandomGenerator> FACTORY =
            RandomGeneratorFactory.of("L64X128MixRandom");

    private final RandomGenerator random;

    private Dice(long seed) {
        this.random = FACTORY.create(seed);
    }

    static Dice of(long seed, long stream, long index) {
        return new Dice(mix(mix(seed ^ 0x5DEECE66DL) + stream * 0x9E3779B97F4A7C15L + index));
    }

    /** SplitMix64's finaliser: neighbouring inputs give unrelated outputs. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** Uniform in {@code [from, to]}. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    long between(long from, long to) {
        return from + random.nextLong(to - from + 1);
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    double unit() {
        return random.nextDouble();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    final <T> T pick(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** An index chosen with the given (cumulative) weights: {@code cumulative[i]} is the sum of weights 0..i. */
    int weighted(double[] cumulative) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** 0, 1, 2, ... with mean {@code mean} (geometric). */
    int geometric(double mean) {
        double p = 1 / (1 + mean);
        int n = 0;
        while (random.nextDouble() > p && n < 50) {
            n++;
        }
        return n;
    }
}
