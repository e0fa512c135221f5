package id.sigap.estimation.engine;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.special.Gamma;

/**
 * Poisson GLM with log link by iteratively reweighted least squares, as R's {@code glm.fit} does it (reference
 * §3.1): start at mu = y + 0.1, weighted least squares by QR at each step, converged when
 * |dev - dev_old| / (|dev| + 0.1) < 1e-8, at most 25 iterations.
 */
final class PoissonGlm {

    static final double EPSILON = 1e-8;
    static final int MAX_ITERATIONS = 25;

    private PoissonGlm() {}

    static PoissonFit fit(Design d) {
        return fit(d, Double.NaN);
    }

    /**
     * Fits the design; with a finite {@code fixedIntercept} the intercept is held at that value (an offset) and only
     * the other coefficients are fitted (used by the profile likelihood).
     */
    static PoissonFit fit(Design d, double fixedIntercept) {
        boolean fixed = !Double.isNaN(fixedIntercept);
        int n = d.cells().length;
        int first = fixed ? 1 : 0;
        int p = d.columns() - first;
        double offset = fixed ? fixedIntercept : 0;
        double[] y = d.y();
        double[][] x = d.x();
        double[] mu = new double[n];
        double[] eta = new double[n];
        for (int r = 0; r < n; r++) {
            mu[r] = y[r] + 0.1;
            eta[r] = Math.log(mu[r]);
        }
        double devOld = deviance(y, mu);
        double dev = devOld;
        double[] beta = new double[p];
        double[] w = new double[n];
        boolean converged = false;
        int iter = 0;
        while (iter < MAX_ITERATIONS && !converged) {
            iter++;
            double[][] a = new double[n][p];
            double[] b = new double[n];
            for (int r = 0; r < n; r++) {
                w[r] = mu[r];
                double sw = Math.sqrt(w[r]);
                double z = eta[r] - offset + (y[r] - mu[r]) / mu[r];
                b[r] = z * sw;
                for (int k = 0; k < p; k++) {
                    a[r][k] = x[r][k + first] * sw;
                }
            }
            if (p > 0) {
                DecompositionSolver solver = new QRDecomposition(new Array2DRowRealMatrix(a, false), 1e-11).getSolver();
                beta = solver.solve(new ArrayRealVector(b, false)).toArray();
            }
            for (int r = 0; r < n; r++) {
                double e = offset;
                for (int k = 0; k < p; k++) {
                    e += x[r][k + first] * beta[k];
                }
                eta[r] = e;
                mu[r] = Math.exp(e);
            }
            dev = deviance(y, mu);
            converged = Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < EPSILON;
            devOld = dev;
        }
        double[] coefficients = new double[d.columns()];
        if (fixed) {
            coefficients[0] = fixedIntercept;
        }
        System.arraycopy(beta, 0, coefficients, first, p);
        double se = fixed || p == 0 ? 0 : interceptSe(x, w, p);
        return new PoissonFit(
                coefficients,
                se,
                dev,
                logLikelihood(y, mu),
                d.columns() + d.emptyPairs().size(),
                d.cells().clone(),
                mu,
                d.fittedPairs(),
                d.emptyPairs(),
                converged && Double.isFinite(dev),
                iter);
    }

    /** sqrt of [(X'WX)^-1]_00 with the weights of the last least-squares step, as R's summary.glm uses. */
    private static double interceptSe(double[][] x, double[] w, int p) {
        double[][] info = new double[p][p];
        for (int r = 0; r < x.length; r++) {
            for (int i = 0; i < p; i++) {
                double xi = x[r][i] * w[r];
                if (xi == 0) {
                    continue;
                }
                for (int j = i; j < p; j++) {
                    info[i][j] += xi * x[r][j];
                }
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                info[i][j] = info[j][i];
            }
        }
        try {
            RealMatrix inv = new CholeskyDecomposition(new Array2DRowRealMatrix(info, false), 1e-14, 1e-14)
                    .getSolver()
                    .getInverse();
            return Math.sqrt(inv.getEntry(0, 0));
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    static double deviance(double[] y, double[] mu) {
        double dev = 0;
        for (int r = 0; r < y.length; r++) {
            double t = y[r] > 0 ? y[r] * Math.log(y[r] / mu[r]) : 0;
            dev += 2 * (t - (y[r] - mu[r]));
        }
        return dev;
    }

    static double logLikelihood(double[] y, double[] mu) {
        double ll = 0;
        for (int r = 0; r < y.length; r++) {
            ll += (y[r] > 0 ? y[r] * Math.log(mu[r]) : 0) - mu[r] - Gamma.logGamma(y[r] + 1);
        }
        return ll;
    }
}
