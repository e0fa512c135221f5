package id.sigap.linkage.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntBinaryOperator;
import java.util.function.ToDoubleBiFunction;

/**
 * Groups records into clusters from scored links, resisting chaining: links are taken strongest first; two single
 * records merge on their link, but two clusters of which one already has several records merge only when the average
 * match probability over all pairs across them reaches {@code threshold}. So one weak or wrong link cannot glue two
 * well-formed clusters (two people who share a phone number, say) into one. Pairs that may not be linked (same source
 * when linking two sources) are left out of the average.
 */
public final class Clusters {

    /** A link between two records with the probability that they are one person. */
    public record Link(int a, int b, double probability) {}

    private static final long MAX_PAIRS = 400;

    private Clusters() {}

    /**
     * @param pairProbability the probability for any two records (computed on demand for pairs never compared)
     * @param comparable whether two records may be linked at all (1) or not (0)
     * @return the cluster of every record: the smallest record index in it
     */
    public static int[] of(
            int records,
            List<Link> links,
            double threshold,
            ToDoubleBiFunction<Integer, Integer> pairProbability,
            IntBinaryOperator comparable) {
        int[] parent = new int[records];
        List<List<Integer>> members = new ArrayList<>(records);
        for (int i = 0; i < records; i++) {
            parent[i] = i;
            members.add(null);
        }
        List<Link> sorted = new ArrayList<>(links);
        sorted.sort((x, y) -> Double.compare(y.probability(), x.probability()));
        // a refused merge is not tried again while neither cluster has changed (more links between the same two)
        java.util.Set<List<Integer>> refused = new java.util.HashSet<>();
        for (Link link : sorted) {
            int ra = find(parent, link.a());
            int rb = find(parent, link.b());
            if (ra == rb) {
                continue;
            }
            List<Integer> ma = members(members, ra);
            List<Integer> mb = members(members, rb);
            if (ma.size() > 1 || mb.size() > 1) {
                List<Integer> key = List.of(Math.min(ra, rb), Math.max(ra, rb), ma.size(), mb.size());
                if (refused.contains(key)) {
                    continue;
                }
                if (average(ma, mb, pairProbability, comparable) < threshold) {
                    refused.add(key);
                    continue;
                }
            }
            int root = Math.min(ra, rb);
            int other = root == ra ? rb : ra;
            parent[other] = root;
            List<Integer> merged = new ArrayList<>(ma);
            merged.addAll(mb);
            members.set(root, merged);
            members.set(other, null);
        }
        int[] cluster = new int[records];
        for (int i = 0; i < records; i++) {
            cluster[i] = find(parent, i);
        }
        return cluster;
    }

    private static List<Integer> members(List<List<Integer>> members, int root) {
        List<Integer> m = members.get(root);
        return m == null ? List.of(root) : m;
    }

    private static double average(
            List<Integer> a,
            List<Integer> b,
            ToDoubleBiFunction<Integer, Integer> probability,
            IntBinaryOperator comparable) {
        // large clusters: every step-th cross pair (at most about MAX_PAIRS), so one merge never costs millions
        long total = (long) a.size() * b.size();
        long step = Math.max(1, total / MAX_PAIRS);
        double sum = 0;
        int n = 0;
        for (long k = 0; k < total; k += step) {
            int x = a.get((int) (k / b.size()));
            int y = b.get((int) (k % b.size()));
            if (comparable.applyAsInt(x, y) != 0) {
                sum += probability.applyAsDouble(x, y);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The number of distinct clusters in an assignment. */
    public static long count(int[] cluster) {
        return Arrays.stream(cluster).distinct().count();
    }
}
