package id.sigap.linkage.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The pairs of records that share a blocking key, each pair once: a pair is produced only by the smallest key the two
 * records share, so no set of seen pairs is kept. Keys shared by more than {@code maxBlock} records are dropped (a
 * common name in one year says little and would cost many comparisons); the other keys still find those pairs. Keys
 * are cut to 40 bits and packed with the record's index in one {@code long}, sorted once; blocks are the runs.
 * Blocks are spread over threads by their cost, each thread writing into its own sink.
 */
public final class CandidatePairs {

    /** Receives the pairs of one thread; {@code a < b}. */
    public interface Sink {
        void pair(int a, int b);
    }

    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    /** Counts of one run, for the benchmark and the progress of a relink. */
    public record Stats(int records, int blocks, int droppedBlocks, long work) {}

    private final long[][] keys;
    private final int[] sources;
    private final boolean crossOnly;
    private final long[] packed;
    private final int[] runStarts;
    private final Stats stats;

    /**
     * @param keys the sorted blocking keys of every record (see {@link BlockingKeys#of})
     * @param sources the source of every record; with {@code crossOnly} only pairs across sources are produced
     */
    public CandidatePairs(long[][] keys, int[] sources, boolean crossOnly, int maxBlock) {
        if (keys.length > INDEX_MASK) {
            throw new IllegalArgumentException("too many records for one run: " + keys.length);
        }
        this.sources = sources;
        this.crossOnly = crossOnly;
        int total = 0;
        for (long[] k : keys) {
            total += k.length;
        }
        long[] all = new long[total];
        int n = 0;
        for (int r = 0; r < keys.length; r++) {
            for (long k : keys[r]) {
                all[n++] = (k >>> INDEX_BITS) << INDEX_BITS | r;
            }
        }
        Arrays.parallelSort(all);
        List<Integer> starts = new ArrayList<>();
        long[] dropped = new long[16];
        int droppedCount = 0;
        long work = 0;
        for (int i = 0; i < all.length; ) {
            int j = i + 1;
            while (j < all.length && (all[j] >>> INDEX_BITS) == (all[i] >>> INDEX_BITS)) {
                j++;
            }
            int size = j - i;
            if (size > maxBlock) {
                if (droppedCount == dropped.length) {
                    dropped = Arrays.copyOf(dropped, droppedCount * 2);
                }
                dropped[droppedCount++] = all[i] >>> INDEX_BITS;
            } else if (size > 1) {
                starts.add(i);
                work += (long) size * (size - 1) / 2;
            }
            i = j;
        }
        long[] droppedKeys = Arrays.copyOf(dropped, droppedCount);
        Arrays.sort(droppedKeys);
        this.keys = new long[keys.length][];
        for (int r = 0; r < keys.length; r++) {
            this.keys[r] = Arrays.stream(keys[r])
                    .map(k -> k >>> INDEX_BITS)
                    .filter(k -> Arrays.binarySearch(droppedKeys, k) < 0)
                    .sorted()
                    .toArray();
        }
        this.packed = all;
        this.runStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        this.stats = new Stats(keys.length, runStarts.length, droppedCount, work);
    }

    public Stats stats() {
        return stats;
    }

    /** Produces every candidate pair once, in parallel; returns the sinks (one per slice of blocks). */
    public <S extends Sink> List<S> generate(int slices, Supplier<S> sinks) {
        int[] bounds = slices(Math.max(1, slices));
        return IntStream.range(0, bounds.length - 1)
                .parallel()
                .mapToObj(s -> {
                    S sink = sinks.get();
                    for (int b = bounds[s]; b < bounds[s + 1]; b++) {
                        block(b, sink);
                    }
                    return sink;
                })
                .toList();
    }

    private void block(int b, Sink sink) {
        int from = runStarts[b];
        long key = packed[from] >>> INDEX_BITS;
        int to = from + 1;
        while (to < packed.length && (packed[to] >>> INDEX_BITS) == key) {
            to++;
        }
        for (int x = from; x < to; x++) {
            int a = (int) (packed[x] & INDEX_MASK);
            for (int y = x + 1; y < to; y++) {
                int c = (int) (packed[y] & INDEX_MASK);
                if (crossOnly && sources[a] == sources[c]) {
                    continue;
                }
                if (smallestShared(keys[a], keys[c]) == key) {
                    sink.pair(Math.min(a, c), Math.max(a, c));
                }
            }
        }
    }

    static long smallestShared(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return a[i];
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return -1;
    }

    /** Block boundaries that give every slice about the same number of comparisons. */
    private int[] slices(int count) {
        long perSlice = Math.max(1, stats.work() / count + 1);
        List<Integer> bounds = new ArrayList<>(List.of(0));
        long acc = 0;
        for (int b = 0; b < runStarts.length; b++) {
            int size = (b + 1 < runStarts.length ? runStarts[b + 1] : packed.length) - runStarts[b];
            acc += (long) size * (size - 1) / 2;
            if (acc >= perSlice) {
                bounds.add(b + 1);
                acc = 0;
            }
        }
        if (bounds.getLast() != runStarts.length) {
            bounds.add(runStarts.length);
        }
        return bounds.stream().mapToInt(Integer::intValue).toArray();
    }
}
