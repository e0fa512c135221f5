package id.sigap.estimation.engine;

import java.util.Arrays;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * The BCa interval of the reference (§3.4, {@code bcaconfvalues}): bias correction z0 = Phi^-1(#{boot < estimate} / B)
 * (strict), acceleration from the delete-one jackknife weighted by the row counts, adjusted levels
 * Phi(z0 + (z0 + z_a) / (1 - a (z0 + z_a))), endpoints by the Hyndman–Fan type-8 quantile of the replicates.
 */
public record Bca(double lower, double upper, double acceleration, double biasCorrection) {

    private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);
    private static final double FUZZ = 4 * Math.ulp(1.0);

    public static Bca of(double[] bootstrap, double estimate, int[] rowCounts, double[] jackknife, double level) {
        double a = acceleration(rowCounts, jackknife);
        double z0 = biasCorrection(bootstrap, estimate);
        double[] sorted = bootstrap.clone();
        Arrays.sort(sorted);
        double alpha = (1 - level) / 2;
        return new Bca(quantile8(sorted, adjusted(z0, a, alpha)), quantile8(sorted, adjusted(z0, a, 1 - alpha)), a, z0);
    }

    /** a = sum N_j r_j^3 / (6 (sum N_j r_j^2)^1.5), r_j = (sum_k N_k est_k) / n - est_j. */
    public static double acceleration(int[] rowCounts, double[] jackknife) {
        double n = 0;
        double mean = 0;
        for (int j = 0; j < rowCounts.length; j++) {
            n += rowCounts[j];
            mean += rowCounts[j] * jackknife[j];
        }
        mean /= n;
        double s2 = 0;
        double s3 = 0;
        for (int j = 0; j < rowCounts.length; j++) {
            double r = mean - jackknife[j];
            s2 += rowCounts[j] * r * r;
            s3 += rowCounts[j] * r * r * r;
        }
        double a = s2 == 0 ? 0 : s3 / (6 * Math.pow(s2, 1.5));
        return Double.isFinite(a) ? a : 0; // a jackknife replicate without a finite estimate: no acceleration
    }

    public static double biasCorrection(double[] bootstrap, double estimate) {
        int below = 0;
        for (double b : bootstrap) {
            below += b < estimate ? 1 : 0;
        }
        return NORMAL.inverseCumulativeProbability((double) below / bootstrap.length);
    }

    static double adjusted(double z0, double a, double alpha) {
        double za0 = NORMAL.inverseCumulativeProbability(alpha) + z0;
        double level = NORMAL.cumulativeProbability(z0 + za0 / (1 - a * za0));
        if (Double.isNaN(level)) {
            return z0 > 0 ? 1 : 0; // all replicates on one side of the estimate
        }
        return level;
    }

    /** R's quantile(type = 8): h = (B + 1/3) p + 1/3, linear between order statistics, clamped at the ends. */
    public static double quantile8(double[] sorted, double p) {
        int n = sorted.length;
        double h = (n + 1.0 / 3) * p + 1.0 / 3;
        int j = (int) Math.floor(h + FUZZ);
        double frac = h - j;
        if (Math.abs(frac) < FUZZ) {
            frac = 0;
        }
        if (j < 1) {
            return sorted[0];
        }
        if (j >= n) {
            return sorted[n - 1];
        }
        double lo = sorted[j - 1];
        double hi = sorted[j];
        return frac == 0 || lo == hi ? lo : (1 - frac) * lo + frac * hi;
    }
}
