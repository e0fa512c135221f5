package id.sigap.estimation.engine;

import java.util.List;

/**
 * A fitted Poisson log-linear model: coefficients (intercept first), the intercept's standard error (dispersion 1),
 * the deviance, the log-likelihood, the information criteria (counting each empty-overlap pair as a parameter, as
 * the reference AIC does), and the fitted mean of every retained cell.
 */
public record PoissonFit(
        double[] coefficients,
        double interceptSe,
        double deviance,
        double logLikelihood,
        int parameters,
        int[] cells,
        double[] fitted,
        List<ListPair> fittedPairs,
        List<ListPair> emptyPairs,
        boolean converged,
        int iterations) {

    /** The estimated dark figure, exp(intercept). */
    public double darkFigure() {
        return Math.exp(coefficients[0]);
    }

    public double aic() {
        return -2 * logLikelihood + 2.0 * parameters;
    }

    public double bic(double observed) {
        return -2 * logLikelihood + Math.log(observed) * parameters;
    }

    /** Sum of the fitted means over the retained cells seen by both lists of the pair. */
    public double fittedOverlap(ListPair pair) {
        double s = 0;
        for (int r = 0; r < cells.length; r++) {
            if (pair.in(cells[r])) {
                s += fitted[r];
            }
        }
        return s;
    }
}
