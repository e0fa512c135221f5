package id.sigap.estimation.engine;

import java.util.List;

/** A two-list interaction: lists {@code first < second}, and its index in the reference pair order. */
public record ListPair(int first, int second, int index) {

    public ListPair {
        if (first < 0 || second <= first) {
            throw new IllegalArgumentException("pair must be first < second");
        }
    }

    /** The cell mask of both lists. */
    public int mask() {
        return (1 << first) | (1 << second);
    }

    public boolean in(int pattern) {
        return (pattern & mask()) == mask();
    }

    public String name(List<String> lists) {
        return lists.get(first) + ":" + lists.get(second);
    }
}
