package id.sigap.estimation.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Row reduction of small 0/1 design matrices (partial pivoting, tolerance 1e-9): rank and a basis of the null space.
 * The entries stay small rationals, so the results are exact up to rounding.
 */
final class NullSpace {

    static final double TOLERANCE = 1e-9;

    private NullSpace() {}

    /** Basis vectors b with rows·b = 0 (empty when the rows have full column rank). */
    static List<double[]> basis(double[][] rows, int columns) {
        double[][] a = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            a[r] = rows[r].clone();
        }
        int[] pivotColumn = new int[Math.min(rows.length, columns)];
        boolean[] isPivot = new boolean[columns];
        int rank = 0;
        for (int col = 0; col < columns && rank < rows.length; col++) {
            int best = -1;
            double max = TOLERANCE;
            for (int r = rank; r < rows.length; r++) {
                if (Math.abs(a[r][col]) > max) {
                    max = Math.abs(a[r][col]);
                    best = r;
                }
            }
            if (best < 0) {
                continue;
            }
            double[] t = a[rank];
            a[rank] = a[best];
            a[best] = t;
            double pivot = a[rank][col];
            for (int k = 0; k < columns; k++) {
                a[rank][k] /= pivot;
            }
            for (int r = 0; r < rows.length; r++) {
                double f = a[r][col];
                if (r != rank && f != 0) {
                    for (int k = 0; k < columns; k++) {
                        a[r][k] -= f * a[rank][k];
                    }
                }
            }
            pivotColumn[rank] = col;
            isPivot[col] = true;
            rank++;
        }
        List<double[]> basis = new ArrayList<>();
        for (int free = 0; free < columns; free++) {
            if (isPivot[free]) {
                continue;
            }
            double[] v = new double[columns];
            v[free] = 1;
            for (int r = 0; r < rank; r++) {
                v[pivotColumn[r]] = -clean(a[r][free]);
            }
            basis.add(v);
        }
        return basis;
    }

    static int rank(double[][] rows, int columns) {
        return columns - basis(rows, columns).size();
    }

    static double clean(double v) {
        return Math.abs(v) < TOLERANCE ? 0 : v;
    }
}
