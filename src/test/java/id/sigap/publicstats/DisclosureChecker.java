package id.sigap.publicstats;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a reader can compute from published tables, checked independently of the production code: every published
 * equation (row sums, column sums, totals, and the equality of totals shared by linked tables) is a linear equation
 * over the cells; the suppressed cells are the unknowns. An unknown is recovered exactly when it has the same value in
 * every solution, i.e. when the reduced row echelon form (exact integer arithmetic) pins it. Also checks that no
 * published cell is from 1 to 10 and that the true counts satisfy every equation (the totals are consistent).
 */
public final class DisclosureChecker {

    private final Map<String, Integer> published = new LinkedHashMap<>();
    private final List<Map<String, Integer>> equations = new ArrayList<>();

    /** A cell: {@code value} null when suppressed. */
    public DisclosureChecker cell(String key, Integer value) {
        published.put(key, value);
        return this;
    }

    /** The parts add up to the total. */
    public DisclosureChecker sum(List<String> parts, String total) {
        Map<String, Integer> e = new LinkedHashMap<>();
        parts.forEach(p -> e.merge(p, 1, Integer::sum));
        e.merge(total, -1, Integer::sum);
        equations.add(e);
        return this;
    }

    /** Two cells hold the same number (a total shared by two tables). */
    public DisclosureChecker same(String a, String b) {
        return sum(List.of(a), b);
    }

    /** Published cells from 1 to {@code threshold - 1}. */
    public List<String> smallPublished(int threshold) {
        return published.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() > 0 && e.getValue() < threshold)
                .map(Map.Entry::getKey)
                .toList();
    }

    public List<String> suppressed() {
        return published.entrySet().stream()
                .filter(e -> e.getValue() == null)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Equations that the true counts break ({@code truth} holds every cell's true count). */
    public List<Map<String, Integer>> inconsistent(Map<String, Integer> truth) {
        return equations.stream()
                .filter(e -> e.entrySet().stream()
                                .mapToLong(t -> (long) t.getValue() * truth.get(t.getKey()))
                                .sum()
                        != 0)
                .toList();
    }

    /** Suppressed cells whose value follows exactly from the published cells and the equations. */
    public List<String> recoverable() {
        List<String> unknowns = suppressed();
        int n = unknowns.size();
        List<BigInteger[]> rows = new ArrayList<>();
        for (Map<String, Integer> e : equations) {
            BigInteger[] row = new BigInteger[n];
            java.util.Arrays.fill(row, BigInteger.ZERO);
            boolean any = false;
            for (var t : e.entrySet()) {
                int i = unknowns.indexOf(t.getKey());
                if (i >= 0) {
                    row[i] = row[i].add(BigInteger.valueOf(t.getValue()));
                    any |= row[i].signum() != 0;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        int[] pivotRow = new int[n];
        java.util.Arrays.fill(pivotRow, -1);
        int r = 0;
        for (int col = 0; col < n && r < rows.size(); col++) {
            int p = -1;
            for (int k = r; k < rows.size(); k++) {
                if (rows.get(k)[col].signum() != 0) {
                    p = k;
                    break;
                }
            }
            if (p < 0) {
                continue;
            }
            BigInteger[] pivot = rows.get(p);
            rows.set(p, rows.get(r));
            rows.set(r, pivot);
            for (int k = 0; k < rows.size(); k++) {
                BigInteger[] row = rows.get(k);
                if (k != r && row[col].signum() != 0) {
                    BigInteger f = row[col];
                    BigInteger g = pivot[col];
                    for (int j = 0; j < n; j++) {
                        row[j] = row[j].multiply(g).subtract(pivot[j].multiply(f));
                    }
                    normalise(row);
                }
            }
            pivotRow[col] = r;
            r++;
        }
        TreeSet<String> out = new TreeSet<>();
        for (int col = 0; col < n; col++) {
            if (pivotRow[col] < 0) {
                continue;
            }
            BigInteger[] row = rows.get(pivotRow[col]);
            boolean pinned = true;
            for (int j = 0; j < n; j++) {
                if (j != col && pivotRow[j] < 0 && row[j].signum() != 0) {
                    pinned = false;
                }
            }
            if (pinned) {
                out.add(unknowns.get(col));
            }
        }
        return List.copyOf(out);
    }

    private static void normalise(BigInteger[] row) {
        BigInteger g = BigInteger.ZERO;
        for (BigInteger v : row) {
            g = g.gcd(v);
        }
        if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
            for (int j = 0; j < row.length; j++) {
                row[j] = row[j].divide(g);
            }
        }
    }
}
