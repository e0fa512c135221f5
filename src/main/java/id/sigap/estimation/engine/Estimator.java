package id.sigap.estimation.engine;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Multiple systems estimation of a total from capture histories (the reference method of
 * {@code src/test/resources/estimation/mse/README.md}): checks that the main-effects model has an identifiable
 * maximum likelihood estimate (else refuses), selects the two-list interactions, fits the Poisson log-linear model,
 * and gives the total with a Wald, BCa (bootstrap and jackknife, each replicate re-running the selection) or profile
 * likelihood interval, warnings for thin data and a sensitivity table. Plain Java; one instance may serve many
 * estimates on one thread at a time (it caches the existence checks, which depend only on the table's support).
 */
public final class Estimator {

    static final long FEW_CASES = 50;
    static final double FEW_OVERLAPS = 10;

    private final ExistenceCheck checks = new ExistenceCheck();
    private final ModelSelection selection = new ModelSelection(checks);

    public Estimate estimate(CaptureHistories table, EstimateOptions o) {
        SelectedModel m = select(table, o.method(), o.pthresh());
        double[] wald = wald(m, o.level());
        double lower = wald[0];
        double upper = wald[1];
        Double a = null;
        Double z0 = null;
        if (o.interval() == IntervalType.BCA) {
            Bca bca = bca(table, o, m.estimate());
            lower = bca.lower();
            upper = bca.upper();
            a = bca.acceleration();
            z0 = bca.biasCorrection();
        } else if (o.interval() == IntervalType.PROFILE) {
            double[] p = ProfileLikelihood.interval(table.listCount(), table.cellCounts(), m.pairs(), o.level());
            lower = p[0];
            upper = p[1];
        }
        return new Estimate(
                table.lists(),
                table.observed(),
                m.estimate(),
                lower,
                upper,
                m.pairNames(table.lists()),
                o.method(),
                o.interval(),
                o.level(),
                m.fit().interceptSe(),
                a,
                z0,
                warnings(table, m, upper),
                Sensitivity.table(table, selection, checks, m, o.pthresh()));
    }

    /** The chosen model on the data, after the checks; refuses when no estimate can be given. */
    public SelectedModel select(CaptureHistories table, Method method, double pthresh) {
        if (table.observed() == 0) {
            throw new EstimationRefused(Refusal.NO_OBSERVATIONS);
        }
        ModelCheck main = checks.check(table, List.of());
        if (!main.ok()) {
            throw new EstimationRefused(
                    main == ModelCheck.NOT_IDENTIFIABLE ? Refusal.NOT_IDENTIFIABLE : Refusal.MLE_DOES_NOT_EXIST,
                    "main effects");
        }
        SelectedModel m = selection.select(table, method, pthresh);
        if (!m.fit().converged()
                || !Double.isFinite(m.estimate())
                || !Double.isFinite(m.fit().interceptSe())) {
            throw new EstimationRefused(Refusal.UNSTABLE, String.join(" + ", m.pairNames(table.lists())));
        }
        return m;
    }

    /** The point estimate of a replicate, re-running the selection; no checks, as in the reference. */
    public double replicate(CaptureHistories table, Method method, double pthresh) {
        if (table.observed() == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return selection.select(table, method, pthresh).estimate();
    }

    public Bca bca(CaptureHistories table, EstimateOptions o, double estimate) {
        double[] boot =
                Resampling.bootstrap(table, o.replicates(), o.seed(), t -> replicate(t, o.method(), o.pthresh()));
        double[] jack = Resampling.jackknife(table, t -> replicate(t, o.method(), o.pthresh()));
        return Bca.of(boot, estimate, table.counts(), jack, o.level());
    }

    /** The bootstrap replicates alone (tests and benchmark). */
    public double[] bootstrap(CaptureHistories table, EstimateOptions o) {
        return Resampling.bootstrap(table, o.replicates(), o.seed(), t -> replicate(t, o.method(), o.pthresh()));
    }

    /** The delete-one jackknife estimates per row (0 for rows with no case). */
    public double[] jackknife(CaptureHistories table, EstimateOptions o) {
        return Resampling.jackknife(table, t -> replicate(t, o.method(), o.pthresh()));
    }

    /** Wald interval n_obs + exp(a0 +- z se) (reference estimatepopulation.0). */
    static double[] wald(SelectedModel m, double level) {
        double z = new NormalDistribution(0, 1).inverseCumulativeProbability(0.5 + level / 2);
        double a0 = m.fit().coefficients()[0];
        double se = m.fit().interceptSe();
        return new double[] {m.observed() + Math.exp(a0 - z * se), m.observed() + Math.exp(a0 + z * se)};
    }

    private static List<String> warnings(CaptureHistories table, SelectedModel m, double upper) {
        List<String> w = new ArrayList<>();
        if (table.observed() < FEW_CASES) {
            w.add("estimation.warning.few-cases");
        }
        double overlaps = 0;
        double[] y = table.cellCounts();
        for (int c = 1; c < y.length; c++) {
            overlaps += Integer.bitCount(c) > 1 ? y[c] : 0;
        }
        if (overlaps < FEW_OVERLAPS) {
            w.add("estimation.warning.few-overlaps");
        }
        if (!m.fit().emptyPairs().isEmpty()) {
            w.add("estimation.warning.empty-overlaps");
        }
        if (!Double.isFinite(upper) || upper > 3 * m.estimate()) {
            w.add("estimation.warning.wide-interval");
        }
        if (m.fit().darkFigure() > 10 * table.observed()) {
            w.add("estimation.warning.large-dark-figure");
        }
        return w;
    }
}
