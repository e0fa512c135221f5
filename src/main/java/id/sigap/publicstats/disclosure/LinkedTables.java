package id.sigap.publicstats.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Tables of counts that share their rows (the same persons classified by different columns): they share the row
 * totals and the grand total, so a reader may combine their equations. {@link #publish} suppresses them together and
 * gives the published values, null where suppressed.
 */
public final class LinkedTables {

    private LinkedTables() {}

    /** One table over the shared rows: {@code counts[row][column]}; every row adds up to the shared row total. */
    public record CountTable(String id, List<String> columns, int[][] counts) {

        public CountTable {
            columns = List.copyOf(columns);
            counts = Arrays.stream(counts).map(int[]::clone).toArray(int[][]::new);
        }
    }

    /** A published table: {@code cells[row][column]} and {@code columnTotals}, null where suppressed. */
    public record PublishedTable(String id, List<String> columns, Integer[][] cells, Integer[] columnTotals) {}

    /** The published tables with the shared row totals and grand total (null where suppressed). */
    public record Published(List<String> rows, Integer[] rowTotals, Integer grandTotal, List<PublishedTable> tables) {}

    public static Published publish(List<String> rows, List<CountTable> tables, int threshold) {
        int r = rows.size();
        int[] rowTotal = new int[r];
        for (int i = 0; i < r; i++) {
            rowTotal[i] = Arrays.stream(tables.getFirst().counts()[i]).sum();
        }
        CellGrid grid = new CellGrid();
        int[] rowTotalCell = new int[r];
        for (int i = 0; i < r; i++) {
            rowTotalCell[i] = grid.cell(rowTotal[i]);
        }
        int grand = grid.cell(Arrays.stream(rowTotal).sum());
        grid.sum(boxed(rowTotalCell), grand);
        List<int[][]> innerCells = new ArrayList<>();
        List<int[]> columnTotalCells = new ArrayList<>();
        for (CountTable t : tables) {
            int c = t.columns().size();
            int[][] inner = new int[r][c];
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < c; j++) {
                    inner[i][j] = grid.cell(t.counts()[i][j]);
                }
                grid.sum(boxed(inner[i]), rowTotalCell[i]);
            }
            int[] colTotal = new int[c];
            for (int j = 0; j < c; j++) {
                int sum = 0;
                List<Integer> parts = new ArrayList<>();
                for (int i = 0; i < r; i++) {
                    sum += t.counts()[i][j];
                    parts.add(inner[i][j]);
                }
                colTotal[j] = grid.cell(sum);
                grid.sum(parts, colTotal[j]);
            }
            grid.sum(boxed(colTotal), grand);
            innerCells.add(inner);
            columnTotalCells.add(colTotal);
        }
        BitSet s = Suppression.suppress(grid, threshold);
        List<PublishedTable> out = new ArrayList<>();
        for (int k = 0; k < tables.size(); k++) {
            CountTable t = tables.get(k);
            int c = t.columns().size();
            Integer[][] cells = new Integer[r][c];
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < c; j++) {
                    cells[i][j] = shown(grid, s, innerCells.get(k)[i][j]);
                }
            }
            Integer[] totals = new Integer[c];
            for (int j = 0; j < c; j++) {
                totals[j] = shown(grid, s, columnTotalCells.get(k)[j]);
            }
            out.add(new PublishedTable(t.id(), t.columns(), cells, totals));
        }
        Integer[] rowTotals = new Integer[r];
        for (int i = 0; i < r; i++) {
            rowTotals[i] = shown(grid, s, rowTotalCell[i]);
        }
        return new Published(List.copyOf(rows), rowTotals, shown(grid, s, grand), out);
    }

    private static Integer shown(CellGrid grid, BitSet s, int cell) {
        return s.get(cell) ? null : grid.value(cell);
    }

    private static List<Integer> boxed(int[] cells) {
        return Arrays.stream(cells).boxed().toList();
    }
}
