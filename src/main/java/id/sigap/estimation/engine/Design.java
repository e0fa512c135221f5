package id.sigap.estimation.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The Poisson log-linear design for one model on one table (reference §3.1–3.2): the retained cells (every non-empty
 * pattern, less the cells that contain a pair of the model whose lists never share a case, and less the cells of a
 * list that recorded nobody), and the columns intercept, main effects, and the model's overlapping pairs. A pair
 * with an empty overlap has its interaction at minus infinity (extended MLE): its cells are dropped, not fitted.
 */
record Design(
        int lists,
        int[] cells,
        double[] y,
        double[][] x,
        List<ListPair> fittedPairs,
        List<ListPair> emptyPairs,
        BitSet support) {

    static Design of(int lists, double[] cellCounts, List<ListPair> model) {
        int all = 1 << lists;
        boolean[] dropped = new boolean[all];
        List<Integer> mains = new ArrayList<>();
        for (int i = 0; i < lists; i++) {
            double total = 0;
            for (int c = 1; c < all; c++) {
                if ((c & (1 << i)) != 0) {
                    total += cellCounts[c];
                }
            }
            if (total > 0) {
                mains.add(i);
            } else {
                for (int c = 1; c < all; c++) {
                    dropped[c] |= (c & (1 << i)) != 0;
                }
            }
        }
        List<ListPair> fitted = new ArrayList<>();
        List<ListPair> empty = new ArrayList<>();
        for (ListPair p : model) {
            if (overlap(cellCounts, p) > 0) {
                fitted.add(p);
            } else {
                empty.add(p);
                for (int c = 1; c < all; c++) {
                    dropped[c] |= p.in(c);
                }
            }
        }
        int kept = 0;
        for (int c = 1; c < all; c++) {
            kept += dropped[c] ? 0 : 1;
        }
        int[] cells = new int[kept];
        double[] y = new double[kept];
        double[][] x = new double[kept][1 + mains.size() + fitted.size()];
        BitSet support = new BitSet(all);
        int r = 0;
        for (int c = 1; c < all; c++) {
            if (dropped[c]) {
                continue;
            }
            cells[r] = c;
            y[r] = cellCounts[c];
            if (y[r] > 0) {
                support.set(c);
            }
            x[r][0] = 1;
            for (int k = 0; k < mains.size(); k++) {
                x[r][1 + k] = (c & (1 << mains.get(k))) != 0 ? 1 : 0;
            }
            for (int k = 0; k < fitted.size(); k++) {
                x[r][1 + mains.size() + k] = fitted.get(k).in(c) ? 1 : 0;
            }
            r++;
        }
        return new Design(lists, cells, y, x, List.copyOf(fitted), List.copyOf(empty), support);
    }

    /** N*_ij: the cases seen by both lists of the pair, whatever else saw them. */
    static double overlap(double[] cellCounts, ListPair p) {
        double n = 0;
        for (int c = 1; c < cellCounts.length; c++) {
            if (p.in(c)) {
                n += cellCounts[c];
            }
        }
        return n;
    }

    int columns() {
        return x.length == 0 ? 1 : x[0].length;
    }

    double observed() {
        double n = 0;
        for (double v : y) {
            n += v;
        }
        return n;
    }
}
