package id.sigap.region.bench;

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
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** The benchmark's section of docs/benchmarks.md: machine, dataset, command, date, numbers, baseline. */
final class BenchmarkReport {

    private BenchmarkReport() {}

    static String section(
            DataSource db,
            List<String> queries,
            QueryMix mix,
            List<String> table,
            List<String> kinds,
            boolean met,
            double startupSeconds)
            throws SQLException, IOException {
        String date = ZonedDateTime.now(Clock.systemUTC()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return String.join(
                "\n",
                "## Region lookup by name or code (`regions`)",
                "",
                "Issue target: p95 <= " + (int) RegionsBenchmark.TARGET_P95_MS + " ms over the whole list. Result: **"
                        + (met ? "met" : "NOT met") + "**.",
                "",
                "- Command: `./sigap bench regions` (class `id.sigap.region.bench.RegionsBenchmark`)",
                "- Date: " + date,
                "- Machine: " + machine(),
                "- Software: Java " + System.getProperty("java.version") + ", " + database(db),
                "- Dataset: " + dataset(db) + "; Sigap started (migrations and reference data included) in "
                        + String.format(Locale.ROOT, "%.1f s", startupSeconds),
                "- Queries: " + queries.size() + " drawn with a fixed seed ("
                        + mix.byKind().entrySet().stream()
                                .map(e -> e.getValue().size() + " " + e.getKey())
                                .collect(Collectors.joining(", "))
                        + "), e.g. "
                        + queries.stream().limit(6).map(q -> "`" + q + "`").collect(Collectors.joining(", "))
                        + "; " + RegionsBenchmark.WARMUP_ROUNDS + " warm-up rounds, then " + RegionsBenchmark.ROUNDS
                        + " measured rounds, one query at a time (latency, not throughput), limit 20.",
                "- Baseline: the same queries, same run, as a naive substring query over raw JDBC"
                        + " (`lower(name) LIKE '%q%' ORDER BY name LIMIT 20`, helped by the trigram index on"
                        + " `lower(name)`): no ranking, no accents/abbreviations/level hints, no codes.",
                "",
                String.join("\n", table),
                "",
                String.join("\n", kinds),
                "");
    }

    /** Replaces (or appends) the section between this benchmark's markers, leaving other benchmarks' sections. */
    static void write(Path file, String name, String section) throws IOException {
        String begin = "<!-- bench:" + name + " -->";
        String end = "<!-- /bench:" + name + " -->";
        String block = begin + "\n" + section + end;
        String text = Files.exists(file)
                ? Files.readString(file)
                : "# Benchmarks\n\nEvery claim about speed, with its command, machine, data size and a baseline measured"
                        + " in the same run. Each section is rewritten by its benchmark.\n\n";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from >= 0 && to > from) {
            text = text.substring(0, from) + block + text.substring(to + end.length());
        } else {
            text = text + (text.endsWith("\n\n") ? "" : "\n") + block + "\n";
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text);
        System.out.println("Written to " + file.toAbsolutePath());
    }

    private static String machine() throws IOException {
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
                "%d CPUs (nproc), %.1f GiB RAM, %s, load average %.2f at start (the machine is shared)",
                Runtime.getRuntime().availableProcessors(),
                memKb / 1024.0 / 1024.0,
                cpu,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String database(DataSource db) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1) + " ("
                    + (System.getenv("SIGAP_DB_URL") == null ? "embedded" : "external") + ", same machine)";
        }
    }

    private static String dataset(DataSource db) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT count(*), count(*) FILTER (WHERE level = 4) FROM region.admin_region")) {
            rs.next();
            return String.format(
                    Locale.ROOT, "all %,d Kemendagri regions (%,d villages)", rs.getLong(1), rs.getLong(2));
        }
    }
}
