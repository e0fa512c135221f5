package id.sigap.publicstats.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Cells with their true counts and the additivity equations that a reader of the published tables knows: each
 * equation says that the listed parts add up to the total cell. Linked tables share cells (e.g. the province totals
 * and the grand total of two tables), so their equations are solved together.
 */
public final class CellGrid {

    private final List<Integer> values = new ArrayList<>();
    private final List<Equation> equations = new ArrayList<>();

    /** Parts (cell indexes) that add up to {@code total}. */
    public record Equation(List<Integer> parts, int total) {

        public Equation {
            parts = List.copyOf(parts);
        }

        /** The parts and the total. */
        public List<Integer> cells() {
            List<Integer> all = new ArrayList<>(parts);
            all.add(total);
            return all;
        }
    }

    /** Adds a cell with a true count; returns its index. */
    public int cell(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("a count is never negative");
        }
        values.add(value);
        return values.size() - 1;
    }

    /** Declares that {@code parts} add up to {@code total}; the counts must agree. */
    public void sum(List<Integer> parts, int total) {
        int sum = parts.stream().mapToInt(values::get).sum();
        if (sum != values.get(total)) {
            throw new IllegalArgumentException("parts add up to " + sum + ", total is " + values.get(total));
        }
        equations.add(new Equation(parts, total));
    }

    public int size() {
        return values.size();
    }

    public int value(int cell) {
        return values.get(cell);
    }

    public List<Equation> equations() {
        return List.copyOf(equations);
    }
}
