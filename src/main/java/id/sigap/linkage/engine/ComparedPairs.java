package id.sigap.linkage.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The compared candidate pairs of one thread: both records and the encoded comparison, in growing arrays, and the
 * count of every distinct comparison pattern (the input of EM).
 */
final class ComparedPairs implements CandidatePairs.Sink {

    private final Prepared[] records;
    private final Comparisons comparisons;
    final Map<Long, Long> patterns = new HashMap<>();
    int[] left = new int[1024];
    int[] right = new int[1024];
    long[] vectors = new long[1024];
    int size;

    ComparedPairs(Prepared[] records, Comparisons comparisons) {
        this.records = records;
        this.comparisons = comparisons;
    }

    @Override
    public void pair(int a, int b) {
        long v = comparisons.compare(records[a], records[b]);
        if (size == left.length) {
            int grown = size * 2;
            left = Arrays.copyOf(left, grown);
            right = Arrays.copyOf(right, grown);
            vectors = Arrays.copyOf(vectors, grown);
        }
        left[size] = a;
        right[size] = b;
        vectors[size++] = v;
        patterns.merge(v, 1L, Long::sum);
    }
}
