package id.sigap.linkage.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Links a batch of person records: prepare → block → compare → estimate m, u and lambda by EM on the candidates'
 * comparisons (u started from random pairs) → score → cluster. With records from two sources only pairs across
 * the sources are made. Plain Java without Spring, so that it can run anywhere (the command line, a background job).
 */
public final class Linker {

    /**
     * Thresholds on the match probability (the {@link FellegiSunter#score}) and the blocking limit. The match threshold
     * lies above {@link FellegiSunter#UNDECIDED}, so that a pair whose names clearly disagree is never linked on birth
     * date, sex and region alone.
     */
    public record Settings(double matchThreshold, double reviewThreshold, double clusterThreshold, int maxBlock) {

        public static final Settings DEFAULT = new Settings(0.9, 0.3, 0.5, 200);

        public Settings {
            if (!(reviewThreshold <= matchThreshold) || matchThreshold > 1 || reviewThreshold < 0 || maxBlock < 2) {
                throw new IllegalArgumentException("thresholds out of order");
            }
            if (matchThreshold <= FellegiSunter.UNDECIDED) {
                throw new IllegalArgumentException("the match threshold must lie above an undecided pair's score");
            }
        }
    }

    /** A scored pair at or above the review threshold. */
    public record ScoredPair(int a, int b, long vector, double probability) {}

    /**
     * The outcome: every record's cluster (the smallest record index in it), the model, the pairs at or above the
     * review threshold, counts, and whether the model was estimated on this data (else it is the reference).
     */
    public record Result(
            List<Prepared> records,
            int[] cluster,
            FellegiSunter model,
            List<ScoredPair> pairs,
            CandidatePairs.Stats blocking,
            long comparisons,
            boolean estimated) {

        public long clusterCount() {
            return Clusters.count(cluster);
        }
    }

    private static final int RANDOM_PAIRS = 200_000;
    /**
     * Random pairs for the start of u: two per record, at least 10,000, at most 200,000 (u only starts EM, which then
     * estimates it on the candidates; FEBRL and the synthetic persons link the same with 1 to 10 per record).
     */
    private static final int RANDOM_PER_RECORD = 2;

    private static final int RANDOM_MINIMUM = 10_000;

    private final Settings settings;

    public Linker(Settings settings) {
        this.settings = settings;
    }

    public Result link(List<PersonRecord> input, Fields fields) {
        return link(input, fields, null, 0);
    }

    /**
     * Links with m, u and lambda estimated by EM on this data, starting from {@code reference} (a model estimated on
     * other data, see {@link ExpectationMaximisation#estimate(Fields, Map, Map, FellegiSunter)}), unless fewer than
     * {@code minComparisons} candidate pairs were compared (EM then has too little to go on) or EM ends in a model that
     * is not {@link FellegiSunter#coherent}: {@code reference} then scores the pairs itself ({@link Result#estimated}
     * false).
     */
    public Result link(List<PersonRecord> input, Fields fields, FellegiSunter reference, long minComparisons) {
        Comparisons comparisons = new Comparisons(fields);
        Prepared[] records = IntStream.range(0, input.size())
                .parallel()
                .mapToObj(i -> Prepared.of(i, input.get(i), fields))
                .toArray(Prepared[]::new);
        int[] sources = input.stream().mapToInt(PersonRecord::source).toArray();
        boolean crossOnly = IntStream.of(sources).distinct().count() > 1;
        long[][] keys = IntStream.range(0, records.length)
                .parallel()
                .mapToObj(i -> BlockingKeys.of(records[i]))
                .toArray(long[][]::new);
        CandidatePairs candidates = new CandidatePairs(keys, sources, crossOnly, settings.maxBlock());
        int threads = Runtime.getRuntime().availableProcessors();
        List<ComparedPairs> compared = candidates.generate(threads * 8, () -> new ComparedPairs(records, comparisons));
        Map<Long, Long> patterns = new HashMap<>();
        long total = 0;
        for (ComparedPairs c : compared) {
            c.patterns.forEach((v, n) -> patterns.merge(v, n, Long::sum));
            total += c.size;
        }
        FellegiSunter model = model(
                fields,
                reference,
                minComparisons,
                total,
                patterns,
                () -> randomPatterns(records, sources, crossOnly, comparisons));
        List<ScoredPair> kept = new ArrayList<>();
        List<Clusters.Link> links = new ArrayList<>();
        for (ComparedPairs c : compared) {
            for (int i = 0; i < c.size; i++) {
                double p = model.score(c.vectors[i]);
                if (p >= settings.reviewThreshold()) {
                    kept.add(new ScoredPair(c.left[i], c.right[i], c.vectors[i], p));
                    if (p >= settings.matchThreshold()) {
                        links.add(new Clusters.Link(c.left[i], c.right[i], p));
                    }
                }
            }
        }
        // the scores already computed, for the cluster averages; other pairs are compared on demand
        Map<Long, Double> scored = new HashMap<>(kept.size() * 2);
        for (ScoredPair pair : kept) {
            scored.put(pairKey(pair.a(), pair.b()), pair.probability());
        }
        int[] cluster = Clusters.of(
                records.length,
                links,
                settings.clusterThreshold(),
                (a, b) -> {
                    Double known = scored.get(pairKey(a, b));
                    return known != null ? known : model.score(comparisons.compare(records[a], records[b]));
                },
                (a, b) -> !crossOnly || sources[a] != sources[b] ? 1 : 0);
        return new Result(List.of(records), cluster, model, kept, candidates.stats(), total, model != reference);
    }

    private static long pairKey(int a, int b) {
        return (long) Math.min(a, b) << 32 | Math.max(a, b);
    }

    /**
     * The model of this run: by EM from the reference, unless too few pairs were compared or EM ended in a local
     * optimum where agreement speaks against a match, which is not "one person" (on the national data, with the
     * names-in-regency key, it settles on relatives): the reference then decides.
     */
    private static FellegiSunter model(
            Fields fields,
            FellegiSunter reference,
            long minComparisons,
            long compared,
            Map<Long, Long> patterns,
            Supplier<Map<Long, Long>> randomPatterns) {
        if (reference != null && !reference.fits(fields)) {
            throw new IllegalArgumentException("the reference model has other fields than the records");
        }
        if (reference != null && compared < minComparisons) {
            return reference;
        }
        // EM from the reference does not use the random pairs (they only start u otherwise)
        Map<Long, Long> random = reference != null ? Map.of() : randomPatterns.get();
        FellegiSunter estimated = ExpectationMaximisation.estimate(fields, patterns, random, reference);
        return reference == null || estimated.coherent() ? estimated : reference;
    }

    /**
     * Comparisons of random pairs (a fixed seed: a run is repeatable), almost all of different persons: the start of u.
     * The pairs are drawn first, then compared in parallel (the counts do not depend on the order).
     */
    private static Map<Long, Long> randomPatterns(
            Prepared[] records, int[] sources, boolean crossOnly, Comparisons comparisons) {
        if (records.length < 2) {
            return new HashMap<>();
        }
        SplittableRandom random = new SplittableRandom(20261124L);
        int wanted = (int) Math.min(
                Math.min(RANDOM_PAIRS, Math.max(RANDOM_MINIMUM, (long) RANDOM_PER_RECORD * records.length)),
                (long) records.length * (records.length - 1) / 2);
        int[] left = new int[wanted];
        int[] right = new int[wanted];
        int n = 0;
        for (int tries = 0; n < wanted && tries < wanted * 4; tries++) {
            int a = random.nextInt(records.length);
            int b = random.nextInt(records.length);
            if (a == b || crossOnly && sources[a] == sources[b]) {
                continue;
            }
            left[n] = a;
            right[n++] = b;
        }
        long[] vectors = IntStream.range(0, n)
                .parallel()
                .mapToLong(i -> comparisons.compare(records[left[i]], records[right[i]]))
                .toArray();
        Map<Long, Long> patterns = new HashMap<>();
        for (long v : vectors) {
            patterns.merge(v, 1L, Long::sum);
        }
        return patterns;
    }
}
