package id.sigap.estimation.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.linear.LinearConstraint;
import org.hipparchus.optim.linear.LinearConstraintSet;
import org.hipparchus.optim.linear.LinearObjectiveFunction;
import org.hipparchus.optim.linear.NonNegativeConstraint;
import org.hipparchus.optim.linear.Relationship;
import org.hipparchus.optim.linear.SimplexSolver;
import org.hipparchus.optim.nonlinear.scalar.GoalType;

/**
 * The existence and identifiability checks of the reference ({@code checkident}, §3.3). Existence: the
 * Fienberg–Rinaldo linear program max s subject to A'x = A'y, x >= s, x >= 0 over the retained cells; the MLE does
 * not exist when the optimum is 0. Identifiability: the design has full column rank.
 *
 * <p>Both depend on the counts only through which cells are positive (t = A'y is a strictly positive combination of
 * the rows of the positive cells, so the minimal face of the marginal cone containing it is that of the support), so
 * the program is solved with the support's indicator in place of y (well scaled) and the answer is cached by
 * (support, model). One instance is shared by all the replicates of an estimate; it is thread-safe.
 */
public final class ExistenceCheck {

    private static final double POSITIVE = 1e-7;

    private record Key(BitSet support, long pairs) {}

    private final Map<Key, ModelCheck> cache = new ConcurrentHashMap<>();

    public ModelCheck check(CaptureHistories table, List<ListPair> model) {
        return check(table.listCount(), table.cellCounts(), model);
    }

    ModelCheck check(int lists, double[] cellCounts, List<ListPair> model) {
        long pairs = 0;
        for (ListPair p : model) {
            pairs |= 1L << p.index();
        }
        // the support of the whole table decides which overlaps are empty, so it is part of the key
        BitSet support = new BitSet(cellCounts.length);
        for (int c = 1; c < cellCounts.length; c++) {
            if (cellCounts[c] > 0) {
                support.set(c);
            }
        }
        return cache.computeIfAbsent(new Key(support, pairs), k -> compute(Design.of(lists, cellCounts, model)));
    }

    static ModelCheck compute(Design d) {
        boolean identifiable = d.cells().length >= d.columns() && NullSpace.rank(d.x(), d.columns()) == d.columns();
        return ModelCheck.of(exists(d), identifiable);
    }

    /**
     * The MLE fails to exist exactly when some b has X_S b = 0 on the positive cells S and X_Z b <= 0, not all 0, on
     * the zero cells Z (a proper face of the marginal cone contains t; Fienberg and Rinaldo 2012). With a basis N of
     * the null space of X_S this is the small feasibility program: u free, X_Z N u <= 0, sum(X_Z N u) = -1. It is
     * equivalent to the reference's program (see {@link #existsByReferenceProgram}) and much smaller.
     */
    static boolean exists(Design d) {
        int n = d.cells().length;
        if (n == 0) {
            return false;
        }
        int p = d.columns();
        List<double[]> positive = new ArrayList<>();
        List<double[]> zero = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            (d.y()[r] > 0 ? positive : zero).add(d.x()[r]);
        }
        if (zero.isEmpty()) {
            return true;
        }
        List<double[]> basis = NullSpace.basis(positive.toArray(double[][]::new), p);
        if (basis.isEmpty()) {
            return true;
        }
        int k = basis.size();
        double[][] m = new double[zero.size()][k];
        double[] sum = new double[k];
        boolean anyNonZero = false;
        for (int r = 0; r < zero.size(); r++) {
            for (int j = 0; j < k; j++) {
                double v = 0;
                for (int c = 0; c < p; c++) {
                    v += zero.get(r)[c] * basis.get(j)[c];
                }
                m[r][j] = NullSpace.clean(v);
                sum[j] += m[r][j];
                anyNonZero |= m[r][j] != 0;
            }
        }
        if (!anyNonZero) {
            return true;
        }
        List<LinearConstraint> constraints = new ArrayList<>();
        for (double[] row : m) {
            constraints.add(new LinearConstraint(row, Relationship.LEQ, 0));
        }
        constraints.add(new LinearConstraint(sum, Relationship.EQ, -1));
        try {
            new SimplexSolver(1e-9, 10, 1e-12)
                    .optimize(
                            new LinearObjectiveFunction(new double[k], 0),
                            new LinearConstraintSet(constraints),
                            GoalType.MINIMIZE,
                            new NonNegativeConstraint(false));
            return false;
        } catch (MathIllegalStateException e) {
            return true; // infeasible: no proper face holds t
        }
    }

    /** The reference's program: max s subject to A'x = A'y, x >= s, x >= 0; the MLE exists when s > 0. */
    static boolean existsByReferenceProgram(Design d) {
        int n = d.cells().length;
        if (n == 0) {
            return false;
        }
        int p = d.columns();
        double[][] x = d.x();
        double[] ind = new double[n];
        for (int r = 0; r < n; r++) {
            ind[r] = d.y()[r] > 0 ? 1 : 0;
        }
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int k = 0; k < p; k++) {
            double[] coef = new double[n + 1];
            double t = 0;
            for (int r = 0; r < n; r++) {
                coef[r] = x[r][k];
                t += x[r][k] * ind[r];
            }
            constraints.add(new LinearConstraint(coef, Relationship.EQ, t));
        }
        for (int r = 0; r < n; r++) {
            double[] coef = new double[n + 1];
            coef[r] = 1;
            coef[n] = -1;
            constraints.add(new LinearConstraint(coef, Relationship.GEQ, 0));
        }
        double[] objective = new double[n + 1];
        objective[n] = 1;
        var solution = new SimplexSolver(1e-9, 10, 1e-12)
                .optimize(
                        new LinearObjectiveFunction(objective, 0),
                        new LinearConstraintSet(constraints),
                        GoalType.MAXIMIZE,
                        new NonNegativeConstraint(true));
        return solution.getValue() > POSITIVE;
    }
}
