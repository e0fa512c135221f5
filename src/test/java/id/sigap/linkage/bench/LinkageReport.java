package id.sigap.linkage.bench;

import id.sigap.linkage.engine.Febrl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The linkage section of docs/benchmarks.md. */
final class LinkageReport {

    private LinkageReport() {}

    record Numbers(
            double load,
            Febrl.Quality sigap3,
            LinkageBenchmark.Timed sigap3Time,
            Febrl.Quality duke3,
            LinkageBenchmark.Timed duke3Time,
            Febrl.Quality sigap4,
            LinkageBenchmark.Timed sigap4Time,
            int syntheticRecords,
            Febrl.Quality synthetic,
            double syntheticSeconds,
            Map<String, String> scale) {}

    static String section(Numbers n) {
        String date = ZonedDateTime.now(Clock.systemUTC()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        Map<String, String> s = n.scale();
        double speedup = n.duke3Time().medianMs() / n.sigap3Time().medianMs();
        double cpuSpeedup = n.duke3Time().medianCpuMs() / n.sigap3Time().medianCpuMs();
        double p95 = Double.parseDouble(s.getOrDefault("incremental_p95_ms", "NaN"));
        double batch = Double.parseDouble(s.getOrDefault("batch_seconds", "NaN"));
        return String.join(
                "\n",
                "## Person linkage (`linkage`)",
                "",
                "Issue 6 targets: FEBRL3 dedup F1 >= 0.995, FEBRL4 link F1 >= 0.999, synthetic Indonesian persons F1 >= 0.98,"
                        + " at least as accurate as Duke 1.2 on FEBRL3 and 10 times faster, 1,000,000 records"
                        + " deduplicated in <= 120 s with <= 4 GB heap, incremental link p95 <= 50 ms against 1,000,000.",
                "",
                "- Command: `./sigap bench linkage` (class `id.sigap.linkage.bench.LinkageBenchmark`; the million-record"
                        + " part in a child JVM with `-Xmx4g`, class `ScaleRun`)",
                "- Date: " + date,
                "- Machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, load average "
                        + String.format(Locale.ROOT, "%.2f", n.load()) + " at start (the machine is shared with other"
                        + " sessions: times are wall clock under that load)",
                "- Software: Java " + System.getProperty("java.version") + "; engine `id.sigap.linkage.engine`"
                        + " (Commons Text Jaro-Winkler/Levenshtein, Commons Codec Double Metaphone), m, u and lambda by"
                        + " EM without labels; match threshold 0.9, cluster average 0.5; a disagreeing field never weighs"
                        + " for a match; a pair whose names clearly"
                        + " disagree is linked only on evidence beyond birth date, sex and region, and a pair with"
                        + " nothing but names, sex and region is never linked automatically (both: else review); these"
                        + " runs estimate from the plain start (the database relink starts EM from the reference model)",
                "- Accuracy is pairwise over the final clusters (every pair of records in one cluster is a predicted"
                        + " link); FEBRL ground truth from the rec ids (shared/data/linkage/febrl/README.md)."
                        + " Times: median of " + LinkageBenchmark.ROUNDS + " runs after " + LinkageBenchmark.WARMUP
                        + " warm-up runs, whole pipeline (prepare, block, compare, EM, score, cluster).",
                "",
                "| data set | engine | records | precision | recall | F1 | time |",
                "|---|---|---:|---:|---:|---:|---:|",
                row(
                        "FEBRL3 dedup",
                        "**Sigap**",
                        5000,
                        n.sigap3(),
                        n.sigap3Time().formatted()),
                row(
                        "FEBRL3 dedup",
                        "baseline: Duke 1.2 (Lucene, hand-set probabilities)",
                        5000,
                        n.duke3(),
                        n.duke3Time().formatted()),
                row(
                        "FEBRL4 link 4a×4b",
                        "**Sigap**",
                        10000,
                        n.sigap4(),
                        n.sigap4Time().formatted()),
                row(
                        "synthetic Indonesian (100,000 persons)",
                        "**Sigap**",
                        n.syntheticRecords(),
                        n.synthetic(),
                        String.format(Locale.ROOT, "%.1f s", n.syntheticSeconds())),
                row(
                        "synthetic Indonesian (" + s.getOrDefault("records", "?") + " records)",
                        "**Sigap**, -Xmx4g",
                        parse(s.get("records")),
                        null,
                        s.getOrDefault("batch_seconds", "?") + " s"),
                "",
                String.format(
                        Locale.ROOT,
                        "Sigap vs Duke on FEBRL3: %.1f times faster by the wall clock, %.1f times by CPU time;"
                                + " F1 %.4f vs %.4f. Target: at least as accurate and 10 times faster: **%s**.",
                        speedup,
                        cpuSpeedup,
                        n.sigap3().f1(),
                        n.duke3().f1(),
                        n.sigap3().f1() >= n.duke3().f1() && Math.max(speedup, cpuSpeedup) >= 10
                                ? "met"
                                : n.sigap3().f1() >= n.duke3().f1() ? "accuracy met, speed NOT met" : "NOT met"),
                "",
                "Million records: " + s.getOrDefault("batch_quality", "?") + "; "
                        + s.getOrDefault("batch_comparisons", "?")
                        + " comparisons, " + s.getOrDefault("batch_clusters", "?") + " clusters; heap limited to "
                        + s.getOrDefault("max_heap_mb", "?") + " MB (-Xmx4g) and not exceeded (the sum of the heap"
                        + " pools' peaks, each at its own moment, is " + s.getOrDefault("peak_heap_mb", "?")
                        + " MB). Target <= 120 s: **" + (batch <= 120 ? "met" : "NOT met") + "**.",
                "",
                "Incremental linking (`LinkIndex.link`, in memory, one at a time) of " + ScaleRun.NEW
                        + " new registrations (half re-registrations of known persons with corruption, half new"
                        + " persons) against the index of those records (built in "
                        + s.getOrDefault("index_seconds", "?")
                        + " s), after " + ScaleRun.WARMUP_LINKS + " warm-up links; known persons joined their cluster: "
                        + s.getOrDefault("incremental_known_joined", "?") + ". Target p95 <= 50 ms: **"
                        + (p95 <= 50 ? "met" : "NOT met") + "**.",
                "",
                "| path | p50 ms | p95 ms | p99 ms | max ms |",
                "|---|---:|---:|---:|---:|",
                "| **incremental link (blocking keys, then compare)** | " + s.get("incremental_p50_ms") + " | "
                        + s.get("incremental_p95_ms") + " | " + s.get("incremental_p99_ms") + " | "
                        + s.get("incremental_max_ms") + " |",
                "| baseline: compare with every record (no blocking), " + ScaleRun.BRUTE_FORCE + " records | "
                        + s.get("baseline_bruteforce_p50_ms") + " | – | – | " + s.get("baseline_bruteforce_max_ms")
                        + " |",
                "",
                "This is the engine in memory; the database path (blocking keys in a B-tree, clusters and pairs"
                        + " stored in the `linkage` schema) against the national dataset is `linkage-incremental`.",
                "");
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static String row(String set, String engine, int records, Febrl.Quality q, String time) {
        return String.format(
                Locale.ROOT,
                "| %s | %s | %,d | %s | %s | %s | %s |",
                set,
                engine,
                records,
                q == null ? "see below" : String.format(Locale.ROOT, "%.4f", q.precision()),
                q == null ? "" : String.format(Locale.ROOT, "%.4f", q.recall()),
                q == null ? "" : String.format(Locale.ROOT, "%.4f", q.f1()),
                time);
    }

    /** Replaces (or appends) the section between this benchmark's markers, leaving other sections alone. */
    static void write(Path file, String name, String section) throws IOException {
        String begin = "<!-- bench:" + name + " -->";
        String end = "<!-- /bench:" + name + " -->";
        String block = begin + "\n" + section + end;
        String text = Files.readString(file);
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        text = from >= 0 && to > from
                ? text.substring(0, from) + block + text.substring(to + end.length())
                : text + (text.endsWith("\n") ? "" : "\n") + "\n" + block + "\n";
        Files.writeString(file, text);
    }
}
