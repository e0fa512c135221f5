package id.sigap.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.sql.DataSource;

/** The context lines every figure carries (date, machine, software, dataset), and writing a section of the doc. */
final class Sections {

    static final Path DOC = Path.of("docs", "benchmarks.md");

    private Sections() {}

    static String date() {
        return ZonedDateTime.now(Clock.systemUTC()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String machine(double loadBefore) throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip())
                .findFirst()
                .orElse("unknown CPU");
        long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                .filter(l -> l.startsWith("MemTotal:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D+", "")))
                .findFirst()
                .orElse(0L);
        return String.format(
                Locale.ROOT,
                "%d CPUs (nproc), %.1f GiB RAM, %s; load average %.2f before the run and %.2f when this section"
                        + " was written%s; load generator, application and PostgreSQL on the same 2 cores",
                Runtime.getRuntime().availableProcessors(),
                memKb / 1024.0 / 1024.0,
                cpu,
                loadBefore,
                loadAverage(),
                loadBefore > Runtime.getRuntime().availableProcessors()
                        ? " (a busy machine: other work was running, so the figures are pessimistic)"
                        : "");
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static String software(DataSource db) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return "Java " + System.getProperty("java.version") + " (application in its own JVM, "
                    + SigapProcess.HEAP + "), PostgreSQL " + rs.getString(1) + " ("
                    + (System.getenv("SIGAP_DB_URL") == null ? "embedded, durable: fsync on" : "external")
                    + ", same machine), loopback HTTP/1.1 (java.net.http.HttpClient)";
        }
    }

    static String dataset(DataSource db, Path dataDir, boolean national) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM cases.person),"
                        + " (SELECT count(*) FROM cases.case_file), (SELECT count(*) FROM intake.report),"
                        + " (SELECT count(*) FROM cases.person_identifier WHERE kind = 'NIK'),"
                        + " (SELECT count(*) FROM audit.entry)")) {
            rs.next();
            return String.format(
                    Locale.ROOT,
                    "%s: %,d persons (%,d with a NIK), %,d cases, %,d reports, %,d audit entries (in %s)",
                    national
                            ? "national synthetic dataset"
                            : "small dataset created by the harness through the API (NOT the national figure)",
                    rs.getLong(1),
                    rs.getLong(4),
                    rs.getLong(2),
                    rs.getLong(3),
                    rs.getLong(5),
                    dataDir);
        }
    }

    /** Replaces (or appends) the section between this benchmark's markers, leaving the other sections. */
    static void write(String name, String section) throws IOException {
        String begin = "<!-- bench:" + name + " -->";
        String end = "<!-- /bench:" + name + " -->";
        String block = begin + "\n" + section + end;
        String text = Files.exists(DOC) ? Files.readString(DOC) : "# Benchmarks\n\n";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from >= 0 && to > from) {
            text = text.substring(0, from) + block + text.substring(to + end.length());
        } else {
            text = text + (text.endsWith("\n\n") ? "" : "\n") + block + "\n";
        }
        Files.writeString(DOC, text);
        System.out.println("Written to " + DOC.toAbsolutePath() + " (section " + name + ")");
    }
}
