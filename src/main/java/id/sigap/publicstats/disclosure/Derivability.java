package id.sigap.publicstats.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which suppressed cells a reader could compute exactly from the published cells and the equations of a
 * {@link CellGrid}: the suppressed cells are the unknowns of a linear system; an unknown is determined when every
 * solution of the homogeneous system is zero there (reduced row echelon form: a pivot column whose row has no entry
 * in a free column). Coefficients are 0, 1 and -1 and the systems are small, so elimination in doubles with a
 * tolerance is exact enough.
 */
public final class Derivability {

    private static final double EPS = 1e-9;

    private Derivability() {}

    /** The suppressed cells (indexes into the grid) whose value follows from the published ones. */
    public static List<Integer> derivable(CellGrid grid, BitSet suppressed) {
        int[] unknownOf = new int[grid.size()];
        List<Integer> unknowns = new ArrayList<>();
        for (int c = 0; c < grid.size(); c++) {
            unknownOf[c] = suppressed.get(c) ? unknowns.size() : -1;
            if (suppressed.get(c)) {
                unknowns.add(c);
            }
        }
        int n = unknowns.size();
        List<double[]> rows = new ArrayList<>();
        for (CellGrid.Equation e : grid.equations()) {
            double[] row = new double[n];
            boolean any = false;
            for (int p : e.parts()) {
                if (unknownOf[p] >= 0) {
                    row[unknownOf[p]] += 1;
                    any = true;
                }
            }
            if (unknownOf[e.total()] >= 0) {
                row[unknownOf[e.total()]] -= 1;
                any = true;
            }
            if (any) {
                rows.add(row);
            }
        }
        double[][] m = rows.toArray(new double[0][]);
        int[] pivotRowOfColumn = reduce(m, n);
        List<Integer> out = new ArrayList<>();
        for (int col = 0; col < n; col++) {
            int r = pivotRowOfColumn[col];
            if (r < 0) {
                continue;
            }
            boolean determined = true;
            for (int other = 0; other < n && determined; other++) {
                if (other != col && pivotRowOfColumn[other] < 0 && Math.abs(m[r][other]) > EPS) {
                    determined = false;
                }
            }
            if (determined) {
                out.add(unknowns.get(col));
            }
        }
        return out;
    }

    /** Reduces {@code m} in place to reduced row echelon form; returns the pivot row of each column or -1. */
    private static int[] reduce(double[][] m, int n) {
        int[] pivotRow = new int[n];
        java.util.Arrays.fill(pivotRow, -1);
        int row = 0;
        for (int col = 0; col < n && row < m.length; col++) {
            int best = row;
            for (int r = row + 1; r < m.length; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[best][col])) {
                    best = r;
                }
            }
            if (Math.abs(m[best][col]) < EPS) {
                continue;
            }
            double[] tmp = m[row];
            m[row] = m[best];
            m[best] = tmp;
            double pivot = m[row][col];
            for (int k = 0; k < n; k++) {
                m[row][k] /= pivot;
            }
            for (int r = 0; r < m.length; r++) {
                if (r != row && Math.abs(m[r][col]) > EPS) {
                    double f = m[r][col];
                    for (int k = 0; k < n; k++) {
                        m[r][k] -= f * m[row][k];
                    }
                }
            }
            pivotRow[col] = row;
            row++;
        }
        return pivotRow;
    }
}
