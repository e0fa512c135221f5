package id.sigap.estimation.engine;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.special.Gamma;

/**
 * Model selection on one table. Stepwise (reference §3.3): from main effects, for every pair not yet in the model
 * take lambda* = the current fitted mean of the cells seen by both lists and N* = the cases seen by both;
 * p = min{P(X <= N*), P(X >= N*)} for X ~ Poisson(lambda*) (not doubled), p = 1 when the model with the pair fails the
 * existence or identifiability check; stop when the smallest p is >= pthresh, else add the lowest-indexed pair
 * attaining it and refit. AIC/BIC: forward selection by the criterion over the pairs that pass the checks.
 */
public final class ModelSelection {

    public static final double DEFAULT_PTHRESH = 0.02;

    private final ExistenceCheck checks;

    public ModelSelection(ExistenceCheck checks) {
        this.checks = checks;
    }

    public SelectedModel select(CaptureHistories table, Method method) {
        return select(table.listCount(), table.cellCounts(), method, DEFAULT_PTHRESH);
    }

    public SelectedModel select(CaptureHistories table, Method method, double pthresh) {
        return select(table.listCount(), table.cellCounts(), method, pthresh);
    }

    SelectedModel select(int lists, double[] y, Method method, double pthresh) {
        return switch (method) {
            case MAIN -> fixed(lists, y, List.of());
            case STEPWISE -> stepwise(lists, y, pthresh);
            case AIC, BIC -> byCriterion(lists, y, method);
        };
    }

    /** Fits the given model as it is (no checks). */
    public static SelectedModel fixed(CaptureHistories table, List<ListPair> model) {
        return fixed(table.listCount(), table.cellCounts(), model);
    }

    static SelectedModel fixed(int lists, double[] y, List<ListPair> model) {
        Design d = Design.of(lists, y, model);
        return new SelectedModel(model, PoissonGlm.fit(d), d.observed() + dropped(y, d));
    }

    /** Observed cases in dropped cells (always 0: cells are dropped only when they hold no case). */
    private static double dropped(double[] y, Design d) {
        double all = 0;
        for (double v : y) {
            all += v;
        }
        return all - d.observed();
    }

    private SelectedModel stepwise(int lists, double[] y, double pthresh) {
        List<ListPair> all = pairs(lists);
        if (pthresh >= 1 && checks.check(lists, y, all).ok()) {
            return fixed(lists, y, all);
        }
        List<ListPair> model = new ArrayList<>();
        SelectedModel current = fixed(lists, y, model);
        if (pthresh <= 0) {
            return current;
        }
        double[] nstar = new double[all.size()];
        for (ListPair p : all) {
            nstar[p.index()] = Design.overlap(y, p);
        }
        boolean[] included = new boolean[all.size()];
        for (int cycle = 0; cycle < all.size(); cycle++) {
            double pmin = Double.POSITIVE_INFINITY;
            ListPair best = null;
            for (ListPair p : all) {
                if (included[p.index()]) {
                    continue;
                }
                double pv = poissonPValue(nstar[p.index()], current.fit().fittedOverlap(p));
                if (pv < pthresh
                        && pv < pmin
                        && !checks.check(lists, y, with(model, p)).ok()) {
                    pv = 1;
                }
                if (pv < pmin) {
                    pmin = pv;
                    best = p;
                }
            }
            if (best == null || pmin >= pthresh) {
                return current;
            }
            model.add(best);
            included[best.index()] = true;
            current = fixed(lists, y, model);
        }
        return current;
    }

    private SelectedModel byCriterion(int lists, double[] y, Method method) {
        List<ListPair> model = new ArrayList<>();
        SelectedModel current = fixed(lists, y, model);
        double n = current.observed();
        double best = criterion(current, method, n);
        List<ListPair> remaining = new ArrayList<>(pairs(lists));
        while (!remaining.isEmpty()) {
            SelectedModel bestModel = null;
            double bestValue = Double.POSITIVE_INFINITY;
            for (ListPair p : remaining) {
                List<ListPair> candidate = with(model, p);
                if (!checks.check(lists, y, candidate).ok()) {
                    continue;
                }
                SelectedModel m = fixed(lists, y, candidate);
                double v = criterion(m, method, n);
                if (m.fit().converged() && v < bestValue) {
                    bestValue = v;
                    bestModel = m;
                }
            }
            if (bestModel == null || !(bestValue < best)) {
                return current;
            }
            current = bestModel;
            best = bestValue;
            model = new ArrayList<>(bestModel.pairs());
            remaining.remove(model.getLast());
        }
        return current;
    }

    private static double criterion(SelectedModel m, Method method, double n) {
        return method == Method.BIC ? m.fit().bic(n) : m.fit().aic();
    }

    /** min{P(X <= k), P(X >= k)} for X ~ Poisson(lambda). */
    static double poissonPValue(double k, double lambda) {
        if (lambda <= 0) {
            return k > 0 ? 0 : 1;
        }
        double lower = Gamma.regularizedGammaQ(k + 1, lambda);
        double upper = k <= 0 ? 1 : Gamma.regularizedGammaP(k, lambda);
        return Math.min(lower, upper);
    }

    static List<ListPair> pairs(int lists) {
        List<ListPair> pairs = new ArrayList<>();
        for (int i = 0; i < lists; i++) {
            for (int j = i + 1; j < lists; j++) {
                pairs.add(new ListPair(i, j, pairs.size()));
            }
        }
        return pairs;
    }

    private static List<ListPair> with(List<ListPair> model, ListPair p) {
        List<ListPair> m = new ArrayList<>(model);
        m.add(p);
        return m;
    }
}
