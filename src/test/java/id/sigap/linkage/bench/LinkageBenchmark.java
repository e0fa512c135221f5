package id.sigap.linkage.bench;

import id.sigap.linkage.engine.Febrl;
import id.sigap.linkage.engine.Fields;
import id.sigap.linkage.engine.Linker;
import id.sigap.linkage.engine.PersonRecord;
import id.sigap.linkage.engine.SyntheticIndonesians;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./sigap bench linkage}: accuracy and speed of the linkage engine (issue 6). In this JVM: FEBRL3 dedup with
 * Duke 1.2 side by side, FEBRL4 link, and 100,000 synthetic Indonesian persons. In a child JVM limited to 4 GB heap
 * ({@link ScaleRun}): 1,000,000 synthetic records deduplicated, then incremental linking of new registrations against
 * them, with a brute-force scan as the baseline. Writes its section of docs/benchmarks.md.
 */
public final class LinkageBenchmark {

    static final int WARMUP = 10;
    static final int ROUNDS = 10;

    private LinkageBenchmark() {}

    public static void main(String[] args) throws Exception {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage();
        Fields febrlFields = new Fields(Febrl.EXTRAS);
        List<PersonRecord> febrl3 = Febrl.read("dataset3.csv", 0);
        Linker linker = new Linker(Linker.Settings.DEFAULT);
        Timed sigap3 = Timed.run(() -> linker.link(febrl3, febrlFields).cluster());
        Febrl.Quality qSigap3 = Febrl.quality(febrl3, sigap3.result());
        System.out.println("febrl3 sigap: " + qSigap3 + ", " + sigap3.formatted());
        Timed duke3 = Timed.run(() -> DukeBaseline.deduplicate(febrl3));
        Febrl.Quality qDuke3 = Febrl.quality(febrl3, duke3.result());
        System.out.println("febrl3 duke: " + qDuke3 + ", " + duke3.formatted());

        List<PersonRecord> febrl4 = new ArrayList<>(Febrl.read("dataset4a.csv", 0));
        febrl4.addAll(Febrl.read("dataset4b.csv", 1));
        Timed sigap4 = Timed.run(() -> linker.link(febrl4, febrlFields).cluster());
        Febrl.Quality qSigap4 = Febrl.quality(febrl4, sigap4.result());
        System.out.println("febrl4 sigap: " + qSigap4 + ", " + sigap4.formatted());

        List<PersonRecord> synthetic = new SyntheticIndonesians(2026).population(100_000);
        long t = System.nanoTime();
        Linker.Result syn = linker.link(synthetic, Fields.core());
        double synSeconds = (System.nanoTime() - t) / 1e9;
        Febrl.Quality qSyn = Febrl.quality(synthetic, syn.cluster(), id -> id.substring(0, id.indexOf('/')));
        System.out.println("synthetic 100k persons: " + qSyn + ", " + synSeconds + " s");

        Map<String, String> scale = runScale();
        System.out.println("scale: " + scale);
        String section = LinkageReport.section(new LinkageReport.Numbers(
                load, qSigap3, sigap3, qDuke3, duke3, qSigap4, sigap4, synthetic.size(), qSyn, synSeconds, scale));
        LinkageReport.write(Path.of("docs/benchmarks.md"), "linkage", section);
        System.out.println(section);
    }

    /** The million-record part in a child JVM with -Xmx4g, as the issue bounds the heap. */
    private static Map<String, String> runScale() throws Exception {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx4g",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ScaleRun.class.getName())
                .redirectErrorStream(true)
                .start();
        Map<String, String> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                System.out.println("  [scale] " + line);
                if (line.startsWith("RESULT ")) {
                    String[] kv = line.substring(7).split("=", 2);
                    out.put(kv[0], kv[1]);
                }
            }
        }
        out.put("exit", String.valueOf(p.waitFor()));
        return out;
    }

    /** Wall-clock and process CPU times of repeated runs after warm-up, and the last result. */
    record Timed(double[] ms, double[] cpuMs, int[] result) {

        interface Run {
            int[] get() throws Exception;
        }

        static Timed run(Run run) throws Exception {
            int[] result = null;
            for (int i = 0; i < WARMUP; i++) {
                result = run.get();
            }
            double[] ms = new double[ROUNDS];
            double[] cpu = new double[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                long c = processCpuNanos();
                long t = System.nanoTime();
                result = run.get();
                ms[i] = (System.nanoTime() - t) / 1e6;
                cpu[i] = (processCpuNanos() - c) / 1e6;
            }
            return new Timed(ms, cpu, result);
        }

        double medianMs() {
            return median(ms);
        }

        double medianCpuMs() {
            return median(cpuMs);
        }

        private static double median(double[] values) {
            double[] s = values.clone();
            Arrays.sort(s);
            return s[s.length / 2];
        }

        String formatted() {
            return String.format(Locale.ROOT, "%.0f ms wall, %.0f ms CPU", medianMs(), medianCpuMs());
        }
    }

    /** CPU time of the whole process (all threads): on a shared machine a fairer measure than the wall clock. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
