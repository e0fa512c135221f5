package id.sigap.dataimport.bench;

import id.sigap.Application;
import id.sigap.dataimport.ImportSheets;
import id.sigap.dataimport.ImportStatus;
import id.sigap.dataimport.internal.Column;
import id.sigap.dataimport.internal.ImportDesk;
import id.sigap.dataimport.internal.ImportSummary;
import id.sigap.organization.Agencies;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark of the bulk import (target: a 10,000-row XLSX with all validations in <= 60 s). Starts Sigap on a throwaway
 * embedded PostgreSQL (or SIGAP_DB_URL), writes a synthetic 10,000-row XLSX (3,334 cases, names, NIKs, regions by code
 * and by name), then measures in one run: upload with every check until READY, the all-or-nothing commit until
 * COMMITTED (the file is checked again, then cases, persons with encrypted identifiers, row keys and audit are
 * written), the second import of the same file (nothing new), and a baseline: the same 10,000 rows inserted as plain
 * text with a raw JDBC batch into a temporary table (no checks, no encryption, no indexes). In-process calls of the
 * import service (the same path as POST /api/v1/imports and /commit without the multipart transfer). Writes its
 * section of docs/benchmarks.md. Run: {@code ./sigap bench import}. Not a test.
 */
public final class ImportBenchmark {

    static final int ROWS = 10_000;
    static final double TARGET_SECONDS = 60.0;

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("sigap-bench-import");
        long startup = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .properties(
                        "sigap.data-dir=" + dataDir,
                        "sigap.db.embedded-durable=false",
                        "sigap.admin-password=Bench-Admin-Passw0rd!",
                        "server.port=0",
                        "server.address=127.0.0.1",
                        "logging.level.root=WARN")
                .run()) {
            double startupSeconds = seconds(startup);
            ImportDesk desk = app.getBean(ImportDesk.class);
            DataSource db = app.getBean(DataSource.class);
            long agency = app.getBean(Agencies.class)
                    .create(NewAgency.of("UPTD PPA Benchmark " + System.nanoTime(), AgencyType.UPTD_PPA, "53.71"))
                    .id();
            SigapUser user =
                    new SigapUser(-1, "bench", "Benchmark", agency, List.of(new Grant(Role.CASE_WORKER, "53.71")));
            SecurityContextHolder.getContext()
                    .setAuthentication(new UsernamePasswordAuthenticationToken(
                            user, null, List.of(new SimpleGrantedAuthority("ROLE_CASE_WORKER"))));

            String tag = "B" + Long.toString(System.nanoTime(), 36);
            List<Map<Column, String>> rows = ImportSheets.rows(tag, ROWS);
            byte[] file = ImportSheets.xlsx(rows);

            long t0 = System.nanoTime();
            ImportSummary uploaded =
                    read(desk, user, desk.upload(user, "bench.xlsx", file).id());
            double check = seconds(t0);
            if (uploaded.status() != ImportStatus.READY) {
                throw new IllegalStateException("benchmark file not clean: " + uploaded.problemCount() + " problems");
            }
            long t1 = System.nanoTime();
            ImportSummary done = commit(desk, user, uploaded.id());
            double commit = seconds(t1);
            double total = check + commit;

            long t2 = System.nanoTime();
            ImportSummary again =
                    read(desk, user, desk.upload(user, "bench-again.xlsx", file).id());
            ImportSummary againDone = commit(desk, user, again.id());
            double second = seconds(t2);

            double baseline = baseline(db, rows);
            boolean met = total <= TARGET_SECONDS && againDone.personsCreated() == 0;
            String section = section(
                    file.length,
                    uploaded,
                    done,
                    againDone,
                    check,
                    commit,
                    total,
                    second,
                    baseline,
                    met,
                    startupSeconds);
            System.out.println(section);
            write(Path.of("docs", "benchmarks.md"), section);
            if (!met) {
                System.err.printf(Locale.ROOT, "import took %.1f s, above the %.0f s target%n", total, TARGET_SECONDS);
                System.exit(1);
            }
        }
    }

    /** Waits until the upload has been read and checked in the background. */
    private static ImportSummary read(ImportDesk desk, SigapUser user, long id) throws InterruptedException {
        while (true) {
            ImportSummary s = desk.get(user, id);
            if (s.status() != ImportStatus.PARSING) {
                return s;
            }
            Thread.sleep(20);
        }
    }

    private static ImportSummary commit(ImportDesk desk, SigapUser user, long id) throws InterruptedException {
        desk.commit(user, id);
        while (true) {
            ImportSummary s = desk.get(user, id);
            if (s.status() == ImportStatus.COMMITTED) {
                return s;
            }
            if (s.status() != ImportStatus.COMMITTING) {
                throw new IllegalStateException("commit failed: " + s.lastError());
            }
            Thread.sleep(20);
        }
    }

    /** The same rows, as text, in one raw JDBC batch into a temporary table: the floor for writing 10,000 rows. */
    private static double baseline(DataSource db, List<Map<Column, String>> rows) throws SQLException {
        String columns = Stream.of(Column.values()).map(c -> c.key() + " text").collect(Collectors.joining(", "));
        String marks = Stream.of(Column.values()).map(c -> "?").collect(Collectors.joining(", "));
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TEMPORARY TABLE bench_import_rows (" + columns + ") ON COMMIT DROP");
            }
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_import_rows VALUES (" + marks + ")")) {
                for (Map<Column, String> row : rows) {
                    for (Column col : Column.values()) {
                        ps.setString(col.ordinal() + 1, row.get(col));
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            return seconds(t0);
        }
    }

    private static String section(
            int bytes,
            ImportSummary uploaded,
            ImportSummary done,
            ImportSummary again,
            double check,
            double commit,
            double total,
            double second,
            double baseline,
            boolean met,
            double startupSeconds)
            throws IOException {
        String date = ZonedDateTime.now(Clock.systemUTC()).toString();
        return String.join(
                "\n",
                "## Bulk import of a 10,000-row XLSX (`import`)",
                "",
                "Issue target: a 10,000-row XLSX import with all validations <= " + (int) TARGET_SECONDS
                        + " s. Result: **" + (met ? "met" : "NOT met") + "** ("
                        + fmt(total) + " s).",
                "",
                "- Command: `./sigap bench import` (class `id.sigap.dataimport.bench.ImportBenchmark`)",
                "- Date: " + date,
                "- Machine: " + machine(),
                "- Software: Java " + System.getProperty("java.version") + ", Sigap started in " + fmt(startupSeconds)
                        + " s (embedded PostgreSQL, or SIGAP_DB_URL)",
                "- Dataset: one synthetic XLSX of " + uploaded.rowCount() + " rows (" + bytes / 1024
                        + " KiB), " + uploaded.caseCount() + " cases of 3 persons, every row with NIK, birth date,"
                        + " phone, person region; case regions half by code (53.71), half by name (Kota Kupang)",
                "- Path: the import service in process (what POST /api/v1/imports and /commit call, without the"
                        + " multipart transfer); the commit is one transaction (cases through cases.BulkLoad)",
                "- Baseline: the same 10,000 rows as 20 text columns in one raw JDBC batch insert into a temporary"
                        + " table (no checks, no encryption, no indexes, no audit)",
                "",
                "| step | seconds |",
                "|---|---:|",
                "| upload: read (streaming) and check every row until READY | " + fmt(check) + " |",
                "| commit: check again, write " + done.casesCreated() + " cases and " + done.personsCreated()
                        + " persons, until COMMITTED | " + fmt(commit) + " |",
                "| **total, 10,000-row XLSX with all validations** | **" + fmt(total) + "** |",
                "| second import of the same file (upload + commit; " + again.personsCreated() + " persons added, "
                        + again.rowsSkipped() + " rows skipped) | " + fmt(second) + " |",
                "| baseline: raw JDBC batch insert of the same rows | " + fmt(baseline) + " |",
                "");
    }

    static void write(Path file, String section) throws IOException {
        String begin = "<!-- bench:import -->";
        String end = "<!-- /bench:import -->";
        String block = begin + "\n" + section + end;
        String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\n";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from >= 0 && to > from) {
            text = text.substring(0, from) + block + text.substring(to + end.length());
        } else {
            text = text + (text.endsWith("\n\n") ? "" : "\n") + block + "\n";
        }
        Files.writeString(file, text);
        System.out.println("Written to " + file.toAbsolutePath());
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip())
                .findFirst()
                .orElse("unknown CPU");
        return String.format(
                Locale.ROOT,
                "%d CPUs (nproc), %s, load average %.2f at start (the machine is shared)",
                Runtime.getRuntime().availableProcessors(),
                cpu,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String fmt(double s) {
        return String.format(Locale.ROOT, "%.1f", s);
    }
}
