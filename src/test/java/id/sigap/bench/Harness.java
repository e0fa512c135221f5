package id.sigap.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs the national benchmarks against a Sigap in its own 1 GB JVM and writes their sections of docs/benchmarks.md.
 * The data folder is {@code SIGAP_DATA_DIR}, else {@code /tmp/sigap-national} when it holds a database, else a
 * throwaway folder that the harness fills with a small dataset (clearly labelled as not the national figure).
 * Durations and load: {@code SIGAP_BENCH_SECONDS} (measured, default 60), {@code SIGAP_BENCH_WARMUP} (15),
 * {@code SIGAP_BENCH_SUBMITTERS} (concurrent submitting clients, 32), {@code SIGAP_BENCH_THINK_MS} (mean think time
 * of the signed-in users, 1000; 0 for none).
 */
final class Harness {

    static final double REPORTS_PER_SECOND = 300;
    static final double NAME_P95_MS = 100;
    static final double NIK_P95_MS = 20;
    static final double CASE_P95_MS = 50;
    static final int USERS = 20;
    static final Path NATIONAL = Path.of("/tmp/sigap-national");
    static final long NATIONAL_PERSONS = 500_000;

    private Harness() {}

    record Settings(Duration warmUp, Duration measured, int submitters, Duration thinkMin, Duration thinkMax) {

        static Settings fromEnvironment() {
            long think = env("SIGAP_BENCH_THINK_MS", 1000);
            return new Settings(
                    Duration.ofSeconds(env("SIGAP_BENCH_WARMUP", 15)),
                    Duration.ofSeconds(env("SIGAP_BENCH_SECONDS", 60)),
                    (int) env("SIGAP_BENCH_SUBMITTERS", 32),
                    Duration.ofMillis(think / 2),
                    Duration.ofMillis(think * 3 / 2));
        }

        Load.Plan submissions() {
            return new Load.Plan(submitters, warmUp, measured, Duration.ZERO, Duration.ZERO);
        }

        Load.Plan users() {
            return new Load.Plan(USERS, warmUp, measured, thinkMin, thinkMax);
        }
    }

    /** Runs the chosen parts; exits 1 when a target is missed. */
    static void main(String command, boolean submission, boolean search) throws Exception {
        Settings settings = Settings.fromEnvironment();
        Path dataDir = dataDir();
        boolean throwaway = dataDir.getFileName().toString().startsWith("sigap-bench-data");
        boolean met = true;
        double loadBefore = Sections.loadAverage();
        try (SigapProcess sigap = SigapProcess.start(dataDir, USERS);
                HikariDataSource db = sigap.database(Math.max(USERS, settings.submitters()) + 2)) {
            System.out.printf(
                    Locale.ROOT,
                    "Sigap up in %.1f s (pid %d), province %s%n",
                    sigap.startupSeconds,
                    sigap.pid(),
                    sigap.province);
            if (SmallDataset.personsIn(db, sigap.province) < 100) {
                System.out.println("Few persons in province " + sigap.province + ": creating a small dataset");
                SmallDataset.create(sigap.base, db, sigap.province, sigap.users.getFirst(), sigap.password, 60);
            }
            boolean national = countPersons(db) >= NATIONAL_PERSONS;
            Context context = new Context(command, sigap, db, dataDir, national, settings, loadBefore);
            List<String> memory = new ArrayList<>();
            if (submission) {
                var outcome = SubmissionRun.run(context);
                met &= outcome.met();
                memory.add(outcome.heap().row("after report submission").getFirst());
                Sections.write("submission", outcome.section());
            }
            if (search) {
                var outcome = SearchRun.run(context);
                met &= outcome.met();
                memory.add(outcome.heap().row("after search and case pages").getFirst());
                Sections.write("search", outcome.section());
            }
            if (submission && search) {
                HeapFigures heap = sigap.heap();
                boolean memoryMet = !heap.outOfMemory() && sigap.alive();
                met &= memoryMet;
                Sections.write("memory", MemorySection.of(context, heap, memory, memoryMet));
            }
        } finally {
            if (throwaway) {
                delete(dataDir);
            }
        }
        if (!met) {
            System.err.println("At least one target was missed: see docs/benchmarks.md");
            System.exit(1);
        }
    }

    record Context(
            String command,
            SigapProcess sigap,
            HikariDataSource db,
            Path dataDir,
            boolean national,
            Settings settings,
            double loadBefore) {

        String commonLines() throws Exception {
            return String.join(
                    "\n",
                    "- Command: `" + command + "`",
                    "- Date: " + Sections.date(),
                    "- Machine: " + Sections.machine(loadBefore),
                    "- Software: " + Sections.software(db),
                    "- Dataset: " + Sections.dataset(db, dataDir, national),
                    String.format(
                            Locale.ROOT,
                            "- Sigap: `java %s -cp … %s` (a child JVM; GC log parsed for the heap figures), up and"
                                    + " answering in %.1f s; started with `--sigap.intake.reports-per-hour=1000000000`"
                                    + " because every benchmark request comes from 127.0.0.1 (the production default"
                                    + " stays 10 reports per hour per address; only this command line raises it)",
                            SigapProcess.HEAP,
                            BenchServer.class.getName(),
                            sigap.startupSeconds));
        }
    }

    private static long countPersons(HikariDataSource db) throws Exception {
        try (var c = db.getConnection();
                var s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM cases.person")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The number of audit entries so far (the chain head's sequence number). */
    static long auditSeq(HikariDataSource db) throws Exception {
        try (var c = db.getConnection();
                var s = c.createStatement();
                var rs = s.executeQuery("SELECT last_seq FROM audit.chain_head")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** What the audit log cost per request during a load (every entry is appended under one chain-head lock). */
    static String auditPerRequest(long entries, Load.Result r) {
        return String.format(
                Locale.ROOT,
                "%,d audit entries appended during the %,d requests of the load (warm-up included): %.1f per request",
                entries,
                r.attempts(),
                r.attempts() == 0 ? 0.0 : (double) entries / r.attempts());
    }

    static Path dataDir() throws Exception {
        String given = System.getenv("SIGAP_DATA_DIR");
        if (given != null && !given.isBlank()) {
            return Path.of(given).toAbsolutePath();
        }
        if (Files.isDirectory(NATIONAL.resolve("pg"))) {
            return NATIONAL;
        }
        return Files.createTempDirectory("sigap-bench-data");
    }

    private static void delete(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static long env(String name, long fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : Long.parseLong(v.strip());
    }

    static String perSecond(long[] counts) {
        long[] sorted = Arrays.copyOf(counts, counts.length);
        Arrays.sort(sorted);
        return String.format(
                Locale.ROOT,
                "lowest second %d, 5th percentile of seconds %d, median second %d, highest second %d",
                sorted[0],
                sorted[(int) Math.floor(0.05 * (sorted.length - 1))],
                sorted[sorted.length / 2],
                sorted[sorted.length - 1]);
    }
}
