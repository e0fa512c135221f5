package id.sigap.linkage.engine;

import java.util.Map;

/**
 * Estimates m, u and lambda of a {@link FellegiSunter} model from unlabelled comparisons (Winkler's EM under
 * conditional independence, over the distinct comparison patterns with their counts). {@code u} starts from the
 * levels of random pairs, which are almost all non-matches, and {@code m} from "agreeing is likely"; or both from a
 * reference model estimated on other data, when one is given. Missing fields
 * are left out of both steps. Probabilities never reach 0 or 1, so that no weight is infinite.
 */
public final class ExpectationMaximisation {

    static final double FLOOR = 1e-6;
    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-7;

    private ExpectationMaximisation() {}

    /**
     * @param patterns distinct encoded comparisons of the candidate pairs, with how often each occurs
     * @param randomPatterns the same for random pairs (the start of u); may be empty
     */
    public static FellegiSunter estimate(Fields fields, Map<Long, Long> patterns, Map<Long, Long> randomPatterns) {
        return estimate(fields, patterns, randomPatterns, null);
    }

    /**
     * @param start a model estimated on other data (the reference model of the project's synthetic persons): EM starts
     *     from its m, u and lambda instead of "agreeing is likely" and the random pairs' u, when it has the same fields.
     *     EM only finds a local optimum of the likelihood, and the start decides which. On the national dataset the
     *     candidate pairs are dominated by relatives registered together (one surname, one village, another given
     *     name and birth date): from the plain start EM takes "relatives" for the match class (a differing birth date
     *     +4.7 bits), from the reference it finds "one person" (test {@code NationalEstimationTest}). The data
     *     still decide the parameters; the start only picks the optimum.
     */
    public static FellegiSunter estimate(
            Fields fields, Map<Long, Long> patterns, Map<Long, Long> randomPatterns, FellegiSunter start) {
        int n = fields.count();
        boolean fromStart = start != null && start.fits(fields);
        double[][] u = fromStart ? copy(start.u()) : frequencies(fields, randomPatterns);
        double[][] m = new double[n][];
        for (int f = 0; f < n; f++) {
            int levels = fields.levels(f);
            m[f] = new double[levels];
            for (int l = 0; l < levels; l++) {
                m[f][l] = fromStart ? start.m()[f][l] : l == levels - 1 ? 0.9 : 0.1 / (levels - 1);
            }
        }
        long[] vectors = new long[patterns.size()];
        double[] counts = new double[patterns.size()];
        int i = 0;
        for (Map.Entry<Long, Long> e : patterns.entrySet()) {
            vectors[i] = e.getKey();
            counts[i++] = e.getValue();
        }
        double lambda = fromStart ? clamp(start.lambda()) : 0.1;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            FellegiSunter model = new FellegiSunter(fields, lambda, m, u);
            double[][] mSum = new double[n][];
            double[][] uSum = new double[n][];
            for (int f = 0; f < n; f++) {
                mSum[f] = new double[fields.levels(f)];
                uSum[f] = new double[fields.levels(f)];
            }
            double matches = 0;
            double total = 0;
            for (int p = 0; p < vectors.length; p++) {
                double prob = model.probability(vectors[p]);
                double cm = counts[p] * prob;
                double cu = counts[p] - cm;
                matches += cm;
                total += counts[p];
                for (int f = 0; f < n; f++) {
                    int level = Fields.level(vectors[p], f);
                    if (level >= 0) {
                        mSum[f][level] += cm;
                        uSum[f][level] += cu;
                    }
                }
            }
            double newLambda = clamp(matches / total);
            double[][] newM = normalise(mSum, m);
            double[][] newU = normalise(uSum, u);
            double change = Math.abs(newLambda - lambda) + distance(m, newM) + distance(u, newU);
            lambda = newLambda;
            m = newM;
            u = newU;
            if (change < TOLERANCE) {
                break;
            }
        }
        return new FellegiSunter(fields, lambda, m, u);
    }

    /** Level frequencies of the given comparisons, each field over the pairs where it is present. */
    static double[][] frequencies(Fields fields, Map<Long, Long> patterns) {
        int n = fields.count();
        double[][] sums = new double[n][];
        for (int f = 0; f < n; f++) {
            sums[f] = new double[fields.levels(f)];
        }
        patterns.forEach((vector, count) -> {
            for (int f = 0; f < n; f++) {
                int level = Fields.level(vector, f);
                if (level >= 0) {
                    sums[f][level] += count;
                }
            }
        });
        double[][] fallback = new double[n][];
        for (int f = 0; f < n; f++) {
            int levels = fields.levels(f);
            fallback[f] = new double[levels];
            for (int l = 0; l < levels; l++) {
                fallback[f][l] = l == 0 ? 0.9 : 0.1 / (levels - 1);
            }
        }
        return normalise(sums, fallback);
    }

    /** Rows scaled to sum 1 with a floor; a row without observations keeps its previous values. */
    private static double[][] normalise(double[][] sums, double[][] previous) {
        double[][] out = new double[sums.length][];
        for (int f = 0; f < sums.length; f++) {
            double total = 0;
            for (double s : sums[f]) {
                total += s;
            }
            out[f] = new double[sums[f].length];
            for (int l = 0; l < sums[f].length; l++) {
                out[f][l] = total > 0 ? Math.max(FLOOR, sums[f][l] / total) : previous[f][l];
            }
        }
        return out;
    }

    private static double distance(double[][] a, double[][] b) {
        double d = 0;
        for (int f = 0; f < a.length; f++) {
            for (int l = 0; l < a[f].length; l++) {
                d += Math.abs(a[f][l] - b[f][l]);
            }
        }
        return d;
    }

    private static double clamp(double p) {
        return Math.min(1 - FLOOR, Math.max(FLOOR, p));
    }

    private static double[][] copy(double[][] values) {
        double[][] out = new double[values.length][];
        for (int f = 0; f < values.length; f++) {
            out[f] = values[f].clone();
        }
        return out;
    }
}
