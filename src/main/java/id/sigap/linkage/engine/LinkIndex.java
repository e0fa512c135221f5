package id.sigap.linkage.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Incremental linkage in memory: the records already linked, their blocking keys and clusters, and a fitted model.
 * A new record is compared only with the records that share a key with it, then joins the one cluster it resembles
 * as a whole (average probability over the cluster's members); it never merges two clusters on its own: a second
 * cluster it resembles is returned for review. Not thread-safe: one writer (callers serialise {@link #link}).
 */
public final class LinkIndex {

    /** A compared record at or above the review threshold. */
    public record Candidate(int index, int cluster, long vector, double probability) {}

    /**
     * Where a new record went: its index and cluster, the candidates it was compared with (best first, at or above
     * the review threshold) and the clusters that stay for a reviewer to decide.
     */
    public record Decision(int index, int cluster, boolean joined, List<Candidate> candidates, List<Integer> review) {}

    private static final int INDEX_BITS = 24;

    private final Fields fields;
    private final Comparisons comparisons;
    private final FellegiSunter model;
    private final Linker.Settings settings;
    private final List<Prepared> records = new ArrayList<>();
    private int[] cluster = new int[0];
    private int[] nextInCluster = new int[0];
    private long[] packed = new long[0];
    private final Map<Long, int[]> added = new HashMap<>();

    public LinkIndex(Fields fields, FellegiSunter model, Linker.Settings settings) {
        this.fields = fields;
        this.comparisons = new Comparisons(fields);
        this.model = model;
        this.settings = settings;
    }

    /** Loads records already linked (e.g. by a full relink), each with its cluster (a member's index). */
    public static LinkIndex of(Linker.Result linked, Linker.Settings settings) {
        LinkIndex index = new LinkIndex(linked.model().fields(), linked.model(), settings);
        index.load(linked.records(), linked.cluster());
        return index;
    }

    private void load(List<Prepared> prepared, int[] clusters) {
        int n = prepared.size();
        cluster = Arrays.copyOf(clusters, Math.max(16, n * 2));
        nextInCluster = new int[cluster.length];
        int[] last = new int[n];
        Arrays.fill(last, -1);
        for (int i = 0; i < n; i++) {
            nextInCluster[i] = i;
            int root = clusters[i];
            if (last[root] >= 0) {
                nextInCluster[i] = nextInCluster[last[root]];
                nextInCluster[last[root]] = i;
            }
            last[root] = i;
        }
        records.addAll(prepared);
        long[][] keys = prepared.parallelStream().map(BlockingKeys::of).toArray(long[][]::new);
        int total = 0;
        for (long[] k : keys) {
            total += k.length;
        }
        packed = new long[total];
        int p = 0;
        for (int r = 0; r < n; r++) {
            for (long k : keys[r]) {
                packed[p++] = (k >>> INDEX_BITS) << INDEX_BITS | r;
            }
        }
        Arrays.parallelSort(packed);
    }

    public int size() {
        return records.size();
    }

    public int clusterOf(int index) {
        return cluster[index];
    }

    public Prepared record(int index) {
        return records.get(index);
    }

    /** Links a new record: compares, joins a cluster or founds one, and remembers the record. */
    public Decision link(PersonRecord record) {
        int index = records.size();
        Prepared p = Prepared.of(index, record, fields);
        long[] keys = BlockingKeys.of(p);
        List<Candidate> candidates = candidates(p, keys);
        Map<Integer, Double> clusters = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (c.probability() >= settings.matchThreshold()) {
                clusters.computeIfAbsent(c.cluster(), k -> average(p, k));
            }
        }
        int joined = -1;
        double best = settings.clusterThreshold();
        for (Map.Entry<Integer, Double> e : clusters.entrySet()) {
            if (e.getValue() >= best) {
                best = e.getValue();
                joined = e.getKey();
            }
        }
        List<Integer> review = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.cluster() != joined && !review.contains(c.cluster())) {
                review.add(c.cluster());
            }
        }
        add(p, keys, joined);
        return new Decision(index, cluster[index], joined >= 0, candidates, review);
    }

    private List<Candidate> candidates(Prepared p, long[] keys) {
        int[] seen = new int[16];
        int count = 0;
        for (long key : keys) {
            long k = key >>> INDEX_BITS;
            long last = k << INDEX_BITS | ((1L << INDEX_BITS) - 1);
            int from = lowerBound(k << INDEX_BITS);
            int to = last == Long.MAX_VALUE ? packed.length : lowerBound(last + 1);
            int[] extra = added.getOrDefault(k, new int[0]);
            if (to - from + extra.length > settings.maxBlock()) {
                continue;
            }
            for (int i = from; i < to + extra.length; i++) {
                int r = i < to ? (int) (packed[i] & ((1L << INDEX_BITS) - 1)) : extra[i - to];
                if (count == seen.length) {
                    seen = Arrays.copyOf(seen, count * 2);
                }
                seen[count++] = r;
            }
        }
        int[] distinct = Arrays.stream(seen, 0, count).distinct().toArray();
        List<Candidate> out = new ArrayList<>();
        for (int r : distinct) {
            long v = comparisons.compare(p, records.get(r));
            double prob = model.score(v);
            if (prob >= settings.reviewThreshold()) {
                out.add(new Candidate(r, cluster[r], v, prob));
            }
        }
        out.sort((a, b) -> Double.compare(b.probability(), a.probability()));
        return out;
    }

    private double average(Prepared p, int root) {
        double sum = 0;
        int n = 0;
        int i = root;
        do {
            sum += model.score(comparisons.compare(p, records.get(i)));
            n++;
            i = nextInCluster[i];
        } while (i != root && n < 1_000);
        return sum / n;
    }

    private void add(Prepared p, long[] keys, int joinCluster) {
        int index = records.size();
        records.add(p);
        if (index >= cluster.length) {
            cluster = Arrays.copyOf(cluster, cluster.length * 2);
            nextInCluster = Arrays.copyOf(nextInCluster, nextInCluster.length * 2);
        }
        if (joinCluster >= 0) {
            cluster[index] = joinCluster;
            nextInCluster[index] = nextInCluster[joinCluster];
            nextInCluster[joinCluster] = index;
        } else {
            cluster[index] = index;
            nextInCluster[index] = index;
        }
        for (long key : keys) {
            added.merge(key >>> INDEX_BITS, new int[] {index}, (a, b) -> {
                int[] c = Arrays.copyOf(a, a.length + 1);
                c[a.length] = b[0];
                return c;
            });
        }
    }

    /** The first position in {@code packed} whose value is at least {@code value}. */
    private int lowerBound(long value) {
        int lo = 0;
        int hi = packed.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (packed[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
