package id.sigap.linkage.bench;

import id.sigap.linkage.engine.Comparisons;
import id.sigap.linkage.engine.Febrl;
import id.sigap.linkage.engine.Fields;
import id.sigap.linkage.engine.LinkIndex;
import id.sigap.linkage.engine.Linker;
import id.sigap.linkage.engine.PersonRecord;
import id.sigap.linkage.engine.Prepared;
import id.sigap.linkage.engine.SyntheticIndonesians;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The million-record part of {@link LinkageBenchmark}, run in its own JVM (-Xmx4g): a full dedup of 1,000,000
 * synthetic records, then 2,000 new registrations linked one at a time into the index of those records (half of
 * them re-registrations of known persons), with a brute-force scan of all records as the baseline. Prints
 * {@code RESULT key=value} lines.
 */
final class ScaleRun {

    static final int RECORDS = 1_000_000;
    static final int NEW = 2_000;
    static final int WARMUP_LINKS = 300;
    static final int BRUTE_FORCE = 10;

    private ScaleRun() {}

    public static void main(String[] args) {
        SyntheticIndonesians gen = new SyntheticIndonesians(1_000_000L);
        List<PersonRecord> records = new ArrayList<>(RECORDS);
        List<SyntheticIndonesians.Person> known = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(5);
        for (int n = 0; records.size() < RECORDS; n++) {
            SyntheticIndonesians.Person p = gen.person(n);
            records.add(gen.original(p, 0));
            if (known.size() < NEW + WARMUP_LINKS) {
                known.add(p);
            }
            if (random.nextInt(3) == 0) {
                int dups = 1 + random.nextInt(3);
                for (int k = 1; k <= dups && records.size() < RECORDS; k++) {
                    records.add(gen.duplicate(p, k, 0));
                }
            }
        }
        Linker linker = new Linker(Linker.Settings.DEFAULT);
        System.gc();
        long t = System.nanoTime();
        Linker.Result result = linker.link(records, Fields.core());
        double seconds = (System.nanoTime() - t) / 1e9;
        Febrl.Quality q = Febrl.quality(records, result.cluster(), id -> id.substring(0, id.indexOf('/')));
        result("records", records.size());
        result("batch_seconds", String.format(Locale.ROOT, "%.1f", seconds));
        result("batch_comparisons", result.comparisons());
        result("batch_clusters", result.clusterCount());
        result("batch_quality", q);
        result("blocks", result.blocking());
        result("peak_heap_mb", peakHeapMb());
        result("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));

        long ti = System.nanoTime();
        LinkIndex index = LinkIndex.of(result, Linker.Settings.DEFAULT);
        result("index_seconds", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - ti) / 1e9));
        List<PersonRecord> incoming = new ArrayList<>();
        SyntheticIndonesians fresh = new SyntheticIndonesians(77);
        for (int i = 0; i < NEW + WARMUP_LINKS; i++) {
            incoming.add(
                    i % 2 == 0 ? gen.duplicate(known.get(i), 9, 0) : fresh.original(fresh.person(2_000_000 + i), 0));
        }
        double[] ms = new double[NEW];
        int joined = 0;
        for (int i = 0; i < incoming.size(); i++) {
            long s = System.nanoTime();
            LinkIndex.Decision d = index.link(incoming.get(i));
            double elapsed = (System.nanoTime() - s) / 1e6;
            if (i >= WARMUP_LINKS) {
                ms[i - WARMUP_LINKS] = elapsed;
                if (d.joined() && i % 2 == 0) {
                    joined++;
                }
            }
        }
        Arrays.sort(ms);
        result("incremental_p50_ms", fmt(ms[ms.length / 2]));
        result("incremental_p95_ms", fmt(ms[(int) (ms.length * 0.95)]));
        result("incremental_p99_ms", fmt(ms[(int) (ms.length * 0.99)]));
        result("incremental_max_ms", fmt(ms[ms.length - 1]));
        result("incremental_known_joined", joined + "/" + NEW / 2);

        Comparisons comparisons = new Comparisons(Fields.core());
        double[] brute = new double[BRUTE_FORCE];
        for (int i = 0; i < BRUTE_FORCE; i++) {
            Prepared p = Prepared.of(-1, incoming.get(i), Fields.core());
            long s = System.nanoTime();
            int hits = 0;
            for (Prepared other : result.records()) {
                if (result.model().score(comparisons.compare(p, other)) >= Linker.Settings.DEFAULT.matchThreshold()) {
                    hits++;
                }
            }
            brute[i] = (System.nanoTime() - s) / 1e6 + hits * 0;
        }
        Arrays.sort(brute);
        result("baseline_bruteforce_p50_ms", fmt(brute[brute.length / 2]));
        result("baseline_bruteforce_max_ms", fmt(brute[brute.length - 1]));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static void result(String key, Object value) {
        System.out.println("RESULT " + key + "=" + value);
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }
}
