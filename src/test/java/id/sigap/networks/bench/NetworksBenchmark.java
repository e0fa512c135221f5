package id.sigap.networks.bench;

import id.sigap.Application;
import id.sigap.cases.SuspectLinks;
import id.sigap.networks.internal.NetworkGraph;
import id.sigap.networks.internal.NetworkGraph.Component;
import id.sigap.networks.internal.NetworkGraph.Snapshot;
import id.sigap.networks.internal.Networks;
import id.sigap.security.RegionScope;
import id.sigap.synthetic.SyntheticData;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark of the perpetrator networks: the components and centralities of the national scope computed from
 * scratch (read the suspects with their phone and address indexes, the transit points and the attributes, build the
 * graph, connected components, betweenness and degree per component), the same for one province (NTT, 53), and the
 * cached answer (cases' fingerprint only). Baseline in the same run: reading the inputs alone, without any graph work.
 * Runs in process on {@code SIGAP_DATA_DIR} (e.g. a copy of the national dataset) or, without it, on a throwaway
 * database filled with 5,000 generated cases (labelled as such). Writes its section of docs/benchmarks.md.
 * Run: {@code ./sigap bench networks}. Not a test.
 */
public final class NetworksBenchmark {

    static final int SMALL_CASES = 5000;

    private NetworksBenchmark() {}

    public static void main(String[] args) throws Exception {
        String given = System.getenv("SIGAP_DATA_DIR");
        Path dataDir =
                given == null || given.isBlank() ? Files.createTempDirectory("sigap-bench-networks") : Path.of(given);
        double loadBefore = load();
        // system properties win over application.yml (the builder's properties are only defaults): a free port
        System.setProperty("server.port", "0");
        long startup = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .properties(
                        "sigap.data-dir=" + dataDir,
                        "sigap.db.embedded-durable=" + (given != null && !given.isBlank()),
                        "sigap.admin-password=Bench-Admin-Passw0rd!",
                        "server.port=0",
                        "server.address=127.0.0.1",
                        "logging.level.root=WARN")
                .run()) {
            System.out.printf(Locale.ROOT, "Sigap up in %.1f s%n", seconds(startup));
            DSLContext db = app.getBean(DSLContext.class);
            if (db.fetchCount(DSL.table(DSL.name("cases", "case_file"))) < 1000) {
                System.out.println("Few cases: generating " + SMALL_CASES + " (seed 77)");
                app.getBean(SyntheticData.class).generate(SMALL_CASES, 77, SyntheticData.Progress.NONE);
            }
            String section = "## Perpetrator networks (`networks`)\n\n"
                    + "- Command: `./sigap bench networks` (class `" + NetworksBenchmark.class.getName()
                    + "`), data folder `SIGAP_DATA_DIR` (" + dataDir + ")\n"
                    + "- Date: " + ZonedDateTime.now(Clock.systemUTC()) + "\n"
                    + String.format(
                            Locale.ROOT,
                            "- Machine: %d CPUs (nproc), load average %.2f before the run, %.2f at the end%n",
                            Runtime.getRuntime().availableProcessors(),
                            loadBefore,
                            load())
                    + "- Software: Java " + System.getProperty("java.version") + ", max heap "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, in process (no HTTP)\n"
                    + measure(app);
            System.out.println(section);
            write(Path.of("docs", "benchmarks.md"), section);
        }
    }

    /** Measures on whatever database the context uses and returns the figures (dataset line and table). */
    public static String measure(ApplicationContext app) {
        Networks networks = app.getBean(Networks.class);
        SuspectLinks links = app.getBean(SuspectLinks.class);
        DSLContext db = app.getBean(DSLContext.class);
        RegionScope national = RegionScope.NATIONAL;
        RegionScope ntt = RegionScope.of(Set.of("53"));

        long t0 = System.nanoTime();
        var suspectRows = links.suspects(national);
        var transitRows = links.transits(national);
        int suspects = suspectRows.size();
        int transits = transitRows.size();
        double read = seconds(t0);
        var threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long tg = System.nanoTime();
        NetworkGraph.build(suspectRows, java.util.List.of(), transitRows);
        double graphOnly = seconds(tg);
        double graphCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        suspectRows = null;
        transitRows = null;

        long t1 = System.nanoTime();
        Snapshot snapshot = networks.compute(national);
        double nationalCold = seconds(t1);
        long t2 = System.nanoTime();
        networks.compute(national);
        double nationalWarm = seconds(t2);
        networks.of(national);
        long t3 = System.nanoTime();
        networks.of(national);
        double cached = seconds(t3);
        long t4 = System.nanoTime();
        Snapshot province = networks.compute(ntt);
        double provincial = seconds(t4);

        int largest =
                snapshot.components().stream().mapToInt(Component::size).max().orElse(0);
        long links2 =
                snapshot.components().stream().mapToLong(c -> c.links().size()).sum();
        long multiCase =
                snapshot.components().stream().filter(c -> c.caseCount() > 1).count();
        long cases = db.fetchCount(DSL.table(DSL.name("cases", "case_file")));
        long persons = db.fetchCount(DSL.table(DSL.name("cases", "person")));
        long attributes = db.fetchCount(DSL.table(DSL.name("networks", "suspect_attribute")));
        return String.format(
                Locale.ROOT,
                "- Dataset: %,d cases, %,d persons, %,d suspect records (%,d distinct suspects), %,d transit stops,"
                        + " %,d recorded attributes%n"
                        + "- Result (national scope): %,d networks of two or more suspects (%,d spanning more than"
                        + " one case), the largest with %,d suspects, %,d edges; NTT scope: %,d networks%n"
                        + "- Baseline: reading the inputs alone (suspects with phone index and address index, transit"
                        + " points), no graph work%n"
                        + "- Note: on the shared machine the wall-clock figures are mostly waiting for a CPU; the CPU"
                        + " time line is the graph work itself. Networks are computed on demand per access scope and"
                        + " cached until the scope's suspects or the recorded attributes change (or 10 minutes pass),"
                        + " so only the first request of a scope pays the full figure%n%n"
                        + "| step | seconds |%n|---|---:|%n"
                        + "| baseline: read the national inputs | %.2f |%n"
                        + "| graph work alone on those inputs (components, centrality, transit edges) | %.2f |%n"
                        + "| the same graph work, CPU time of its thread (independent of the machine's load) | %.2f |%n"
                        + "| national scope, computed from scratch (first run) | %.2f |%n"
                        + "| national scope, computed from scratch (second run) | %.2f |%n"
                        + "| national scope, cached (fingerprint check only) | %.3f |%n"
                        + "| one province (NTT, 53), computed from scratch | %.2f |%n",
                cases,
                persons,
                suspects,
                snapshot.suspects(),
                transits,
                attributes,
                snapshot.components().size(),
                multiCase,
                largest,
                links2,
                province.components().size(),
                read,
                graphOnly,
                graphCpu,
                nationalCold,
                nationalWarm,
                cached,
                provincial);
    }

    static void write(Path doc, String section) throws java.io.IOException {
        String begin = "<!-- bench:networks -->";
        String end = "<!-- /bench:networks -->";
        String block = begin + "\n" + section + end;
        String text = Files.exists(doc) ? Files.readString(doc) : "# Benchmarks\n\n";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        text = from >= 0 && to > from
                ? text.substring(0, from) + block + text.substring(to + end.length())
                : text + (text.endsWith("\n\n") ? "" : "\n") + block + "\n";
        Files.writeString(doc, text);
        System.out.println("Written to " + doc.toAbsolutePath() + " (section networks)");
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
