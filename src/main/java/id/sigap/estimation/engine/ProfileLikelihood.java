package id.sigap.estimation.engine;

import java.util.List;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;

/**
 * Profile-likelihood interval for the total, for a fixed model: the intercept (log dark figure) is held at each
 * value and the other parameters re-fitted; the endpoints are where the deviance exceeds its minimum by the
 * chi-squared(1) quantile. An endpoint that is never reached is +infinity (upper) or the observed count (lower).
 */
final class ProfileLikelihood {

    private ProfileLikelihood() {}

    static double[] interval(int lists, double[] y, List<ListPair> model, double level) {
        Design d = Design.of(lists, y, model);
        PoissonFit best = PoissonGlm.fit(d);
        double observed = d.observed();
        double a0 = best.coefficients()[0];
        double cut = new ChiSquaredDistribution(1).inverseCumulativeProbability(level);
        double step = Math.max(best.interceptSe(), 0.05);
        if (!Double.isFinite(step)) {
            step = 0.5;
        }
        double dev0 = best.deviance();
        java.util.function.DoubleUnaryOperator excess =
                a -> PoissonGlm.fit(d, a).deviance() - dev0 - cut;
        double lower = endpoint(excess, a0, -step);
        double upper = endpoint(excess, a0, step);
        return new double[] {
            Double.isNaN(lower) ? observed : observed + Math.exp(lower),
            Double.isNaN(upper) ? Double.POSITIVE_INFINITY : observed + Math.exp(upper)
        };
    }

    private static double endpoint(java.util.function.DoubleUnaryOperator excess, double a0, double step) {
        double inner = a0;
        for (int k = 1; k <= 60; k++) {
            double outer = a0 + step * k;
            if (Math.abs(outer - a0) > 40) {
                return Double.NaN;
            }
            if (excess.applyAsDouble(outer) > 0) {
                double lo = Math.min(inner, outer);
                double hi = Math.max(inner, outer);
                return new BrentSolver(1e-10).solve(200, excess::applyAsDouble, lo, hi);
            }
            inner = outer;
        }
        return Double.NaN;
    }
}
