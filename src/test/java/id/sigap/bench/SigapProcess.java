package id.sigap.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Sigap under test, in a child JVM with a 1 GB heap ({@code -Xmx1g}), GC logging and the benchmark's configuration:
 * its own ports on 127.0.0.1, the data folder given (the embedded PostgreSQL in it, or SIGAP_DB_URL), and the public
 * report limit raised ({@code sigap.intake.reports-per-hour}) because every submission comes from one address. The
 * production defaults are untouched: the limit is raised only on this process's command line. The one-off fills of
 * the statistics layer and of the public snapshot are paused (see {@code cmd}).
 */
final class SigapProcess implements AutoCloseable {

    static final String HEAP = "-Xmx1g";

    final URI base;
    final String province;
    final List<String> users;
    final String password;
    final Path dataDir;
    final Path workDir;
    final double startupSeconds;
    private final Process process;
    private final int dbPort;

    private SigapProcess(
            Process process,
            URI base,
            int dbPort,
            Path dataDir,
            Path workDir,
            String province,
            List<String> users,
            String password,
            double startupSeconds) {
        this.process = process;
        this.base = base;
        this.dbPort = dbPort;
        this.dataDir = dataDir;
        this.workDir = workDir;
        this.province = province;
        this.users = users;
        this.password = password;
        this.startupSeconds = startupSeconds;
    }

    static SigapProcess start(Path dataDir, int users) throws Exception {
        Path work = Files.createTempDirectory("sigap-bench-run");
        int port = freePort();
        int dbPort = freePort();
        String runId = Long.toString(System.currentTimeMillis(), 36);
        byte[] secret = new byte[12];
        new SecureRandom().nextBytes(secret);
        String password = "Bench-" + HexFormat.of().formatHex(secret) + "!";
        Path handOver = work.resolve("hand-over.properties");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(
                java,
                HEAP,
                "-Xlog:gc:file=" + work.resolve("gc.log") + ":uptime,level,tags",
                "-XX:+HeapDumpOnOutOfMemoryError",
                "-XX:HeapDumpPath=" + work,
                "-cp",
                System.getProperty("java.class.path"),
                BenchServer.class.getName(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--sigap.data-dir=" + dataDir,
                "--sigap.db.embedded-port=" + dbPort,
                "--sigap.intake.reports-per-hour=1000000000",
                // The statistics layer's first fill and the first public snapshot are one-off jobs over the whole
                // dataset (minutes nationally; measured by `./sigap bench stats`): paused here so that these
                // figures are the steady state, not a start-up job competing for the same 2 cores.
                "--sigap.analytics.refresh=PT10000H",
                "--sigap.publicstats.on-start=false",
                "--sigap.bench.run-id=" + runId,
                "--sigap.bench.users=" + users,
                "--sigap.bench.hand-over=" + handOver,
                "--logging.level.root=WARN"));
        String jvmOpts = System.getenv("SIGAP_BENCH_JVM_OPTS"); // e.g. a profiler (-XX:StartFlightRecording=...)
        if (jvmOpts != null && !jvmOpts.isBlank()) {
            cmd.addAll(1, List.of(jvmOpts.trim().split("\\s+")));
        }
        String province = System.getenv("SIGAP_BENCH_PROVINCE");
        if (province != null && !province.isBlank()) {
            cmd.add("--sigap.bench.province=" + province);
        }
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("sigap.log").toFile());
        pb.environment().put("SIGAP_BENCH_PASSWORD", password);
        pb.environment()
                .putIfAbsent(
                        "SIGAP_ADMIN_PASSWORD", "Bench-Admin-" + HexFormat.of().formatHex(secret));
        long t0 = System.nanoTime();
        System.out.println(
                "Starting Sigap (" + HEAP + ") on 127.0.0.1:" + port + " with data in " + dataDir + "; log in " + work);
        Process p = pb.start();
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
        URI base = URI.create("http://127.0.0.1:" + port);
        waitUntilUp(p, base, handOver, work);
        Properties props = new Properties();
        try (var in = Files.newBufferedReader(handOver)) {
            props.load(in);
        }
        return new SigapProcess(
                p,
                base,
                dbPort,
                dataDir,
                work,
                props.getProperty("province"),
                Arrays.asList(props.getProperty("users").split(",")),
                password,
                (System.nanoTime() - t0) / 1e9);
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** A pool on the same database the application uses (for baselines and for drawing queries). */
    HikariDataSource database(int poolSize) {
        HikariConfig c = new HikariConfig();
        String external = System.getenv("SIGAP_DB_URL");
        if (external != null && !external.isBlank()) {
            c.setJdbcUrl(external);
            c.setUsername(System.getenv("SIGAP_DB_USER"));
            c.setPassword(System.getenv("SIGAP_DB_PASSWORD"));
        } else {
            c.setJdbcUrl("jdbc:postgresql://localhost:" + dbPort + "/postgres");
            c.setUsername("postgres");
        }
        c.setMaximumPoolSize(poolSize);
        c.setPoolName("bench-baseline");
        return new HikariDataSource(c);
    }

    /** Heap after each collection so far, from the GC log (a full GC is requested first, to see the live set). */
    HeapFigures heap() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(process.pid()),
                        "GC.run")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        jcmd.waitFor(60, TimeUnit.SECONDS);
        Thread.sleep(500);
        return HeapFigures.read(
                workDir.resolve("gc.log"), workDir.resolve("sigap.log"), Path.of("/proc/" + process.pid() + "/status"));
    }

    private static void waitUntilUp(Process p, URI base, Path handOver, Path work) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("Sigap stopped during start-up (exit " + p.exitValue() + "):\n"
                        + tail(work.resolve("sigap.log")));
            }
            try {
                HttpResponse<Void> r = client.send(
                        HttpRequest.newBuilder(base.resolve("/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200 && Files.exists(handOver)) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Sigap did not start within 15 minutes; see " + work.resolve("sigap.log"));
    }

    static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        List<String> lines = Files.readAllLines(log);
        return lines.subList(Math.max(0, lines.size() - 40), lines.size()).stream()
                .collect(Collectors.joining("\n"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Stops Sigap as an operator would (SIGTERM: the application stops its embedded PostgreSQL). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
    }
}
