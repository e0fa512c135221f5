package id.sigap.publicstats.disclosure;

import java.util.BitSet;
import java.util.List;

/**
 * Statistical disclosure control of linked tables of counts (see docs/public-statistics.md):
 *
 * <ol>
 *   <li>Primary suppression: every cell from 1 to {@code threshold - 1} (zeros are published).
 *   <li>Complementary suppression, to a fixpoint over all equations of all linked tables: in an equation (a row, a
 *       column, or the totals) with exactly one suppressed cell, also suppress its smallest other cell (the smallest
 *       non-zero one when there is one: a suppressed zero hides little).
 *   <li>When no equation has exactly one suppressed cell, the system is solved ({@link Derivability}); for a cell that
 *       can still be computed exactly (e.g. through a chain of rows and columns), suppress the smallest published cell
 *       of one of its equations, then go back to 2.
 * </ol>
 *
 * Every round suppresses at least one more cell, so it ends; totals are never changed, so the published cells stay
 * consistent with each other.
 */
public final class Suppression {

    private Suppression() {}

    /** The cells to suppress in {@code grid}. */
    public static BitSet suppress(CellGrid grid, int threshold) {
        BitSet s = new BitSet(grid.size());
        for (int c = 0; c < grid.size(); c++) {
            int v = grid.value(c);
            if (v > 0 && v < threshold) {
                s.set(c);
            }
        }
        while (true) {
            if (lonelyCells(grid, s)) {
                continue;
            }
            List<Integer> derivable = Derivability.derivable(grid, s);
            if (derivable.isEmpty()) {
                return s;
            }
            protect(grid, s, derivable.getFirst());
        }
    }

    /** One pass of rule 2; whether anything was suppressed. */
    private static boolean lonelyCells(CellGrid grid, BitSet s) {
        boolean changed = false;
        for (CellGrid.Equation e : grid.equations()) {
            List<Integer> cells = e.cells();
            long hidden = cells.stream().filter(s::get).count();
            if (hidden == 1) {
                int pick = smallestPublished(grid, s, cells);
                if (pick >= 0) {
                    s.set(pick);
                    changed = true;
                }
            }
        }
        return changed;
    }

    private static void protect(CellGrid grid, BitSet s, int cell) {
        for (CellGrid.Equation e : grid.equations()) {
            if (e.cells().contains(cell)) {
                int pick = smallestPublished(grid, s, e.cells());
                if (pick >= 0) {
                    s.set(pick);
                    return;
                }
            }
        }
        List<Integer> all =
                java.util.stream.IntStream.range(0, grid.size()).boxed().toList();
        int pick = smallestPublished(grid, s, all);
        if (pick < 0) {
            throw new IllegalStateException("every cell is suppressed and a cell is still derivable");
        }
        s.set(pick);
    }

    /** The smallest published non-zero cell of {@code cells}, else the smallest published one, else -1. */
    private static int smallestPublished(CellGrid grid, BitSet s, List<Integer> cells) {
        int best = -1;
        for (int c : cells) {
            if (s.get(c)) {
                continue;
            }
            if (best < 0 || rank(grid.value(c)) < rank(grid.value(best))) {
                best = c;
            }
        }
        return best;
    }

    private static long rank(int value) {
        return value == 0 ? Long.MAX_VALUE : value;
    }
}
