package id.sigap.linkage.bench;

import id.sigap.Application;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Incremental linking inside the database against the national dataset (target: p95 <= 50 ms against 1,000,000
 * persons). Starts Sigap in this JVM on {@code SIGAP_DATA_DIR} (a copy of the national dataset; never the master),
 * relinks everything first when no relink has been done there (timed, and reported), then registers
 * {@code SIGAP_BENCH_REGISTRATIONS} persons (default 2,000, after 200 warm-up) through the API's service path. Without
 * {@code SIGAP_DATA_DIR} it runs on a throwaway database (labelled as such). Run:
 * {@code SIGAP_DATA_DIR=/tmp/sigap-national-copy ./sigap bench linkage-incremental}. Not a test.
 */
public final class LinkageIncrementalBenchmark {

    static final double TARGET_P95_MS = 50;

    private LinkageIncrementalBenchmark() {}

    public static void main(String[] args) throws Exception {
        String env = System.getenv("SIGAP_DATA_DIR");
        boolean national = env != null && !env.isBlank();
        Path dataDir = national ? Path.of(env) : Files.createTempDirectory("sigap-bench-linkage");
        int registrations = Integer.parseInt(System.getenv().getOrDefault("SIGAP_BENCH_REGISTRATIONS", "2000"));
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .properties(
                        "sigap.data-dir=" + dataDir,
                        "sigap.admin-password=Bench-Admin-Passw0rd!",
                        "server.port=0",
                        "server.address=127.0.0.1",
                        "logging.level.root=WARN",
                        // the statistics layer's first fill and the first public snapshot are one-off jobs over the
                        // whole dataset (minutes nationally): paused, as SigapProcess does for the HTTP benchmarks
                        "sigap.analytics.refresh=PT10000H",
                        "sigap.publicstats.on-start=false")
                .run()) {
            IncrementalRun.Figures f = IncrementalRun.run(app, 200, registrations, 20261124L);
            String section = section(f, national, dataDir, load, registrations);
            System.out.println(section);
            LinkageReport.write(Path.of("docs", "benchmarks.md"), "linkage-incremental", section);
            if (f.link().getValueAtPercentile(95) / 1e6 > TARGET_P95_MS) {
                System.err.println("incremental link p95 above the target");
                System.exit(1);
            }
        }
    }

    static String section(IncrementalRun.Figures f, boolean national, Path dataDir, double load, int n) {
        double p95 = f.link().getValueAtPercentile(95) / 1e6;
        StringBuilder s = new StringBuilder();
        s.append("## Incremental linking in the database (`linkage-incremental`)\n\n");
        s.append(
                "Issue 6 target: a person saved through the UI or API is linked within 50 ms p95 against 1,000,000 existing persons.\n\n");
        s.append("- Command: `SIGAP_DATA_DIR=")
                .append(national ? dataDir : "<unset>")
                .append(
                        " ./sigap bench linkage-incremental` (class `id.sigap.linkage.bench.LinkageIncrementalBenchmark`)\n");
        s.append("- Date: ").append(Instant.now()).append('\n');
        s.append(String.format(
                Locale.ROOT,
                "- Machine: %d CPUs, load average %.2f at start (shared with other sessions: times are wall clock under that load)%n",
                Runtime.getRuntime().availableProcessors(),
                load));
        s.append(String.format(
                Locale.ROOT,
                "- Data: %s; %,d persons linked (stored clusters, blocking keys in `linkage.blocking_key`)%n",
                national ? "the national synthetic dataset (a copy)" : "a throwaway database (NOT the national figure)",
                f.linkedPersons()));
        f.relink()
                .ifPresent(r -> s.append(String.format(
                        Locale.ROOT,
                        "- Full relink first (none had been done on this data): %,d persons, %,d comparisons, %,d clusters, %,d pairs kept, in %.1f s (read, EM, cluster, write by COPY), in this JVM (max heap %d MB)%n",
                        r.personsRead(),
                        r.comparisons() == null ? 0 : r.comparisons(),
                        r.clusters() == null ? 0 : r.clusters(),
                        r.pairs() == null ? 0 : r.pairs(),
                        f.relinkSeconds(),
                        Runtime.getRuntime().maxMemory() >> 20)));
        s.append(String.format(
                Locale.ROOT,
                "- Load: %,d registrations after 200 warm-up, one at a time, as a new shelter agency: half re-registrations of random existing persons (no NIK, old spelling Y→J or oe, or a dropped letter), half new persons; %.1f candidates per record from the key table on average%n%n",
                n,
                f.meanCandidates()));
        s.append("| path | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        IncrementalRun.rows(f).forEach(r -> s.append(r).append('\n'));
        s.append(String.format(
                Locale.ROOT,
                "%nRe-registrations that joined the original's cluster: %d of %d; of the others, %d wait in the review queue"
                        + " and %d stand alone. Target p95 <= 50 ms: **%s** (%.2f ms).%n",
                f.joined(),
                f.reRegistrations(),
                f.reviewed(),
                f.reRegistrations() - f.joined() - f.reviewed(),
                p95 <= TARGET_P95_MS ? "met" : "NOT met",
                p95));
        return s.toString();
    }
}
