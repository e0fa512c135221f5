package id.sigap.support.bench;

import id.sigap.Application;
import id.sigap.security.RegionScope;
import id.sigap.support.OverdueServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./sigap bench overdue}: the overdue computation over the national dataset (issue 5: <= 2 s): how many service
 * items are past their statutory deadline nationally and in each province ({@link OverdueServices#count}, what the
 * dashboards and supervisors read), timed whole, against the same figures from one naive {@code GROUP BY} over the
 * base table by raw JDBC in the same run. The dataset holds no service items after {@code ./sigap generate}, so the
 * benchmark first gives every victim record one item (deterministic by person id: applied 0–59 days ago, a third
 * started), once. Data: {@code SIGAP_DATA_DIR} (default /tmp/sigap-national). Writes its section of
 * docs/benchmarks.md. Not a test.
 */
public final class OverdueBenchmark {

    static final double TARGET_MS = 2000;
    static final int ROUNDS = 20;
    static final String BEGIN = "<!-- bench:overdue -->";
    static final String END = "<!-- /bench:overdue -->";

    public static void main(String[] args) throws Exception {
        String dir = System.getenv().getOrDefault("SIGAP_DATA_DIR", "/tmp/sigap-national");
        double loadBefore = load();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class)
                .run(
                        "--sigap.data-dir=" + dir,
                        "--server.port=0",
                        "--sigap.analytics.refresh=PT10000H",
                        "--sigap.publicstats.on-start=false",
                        "--sigap.services.overdue-scan-every=PT10000H",
                        "--spring.main.banner-mode=off")) {
            DataSource db = ctx.getBean(DataSource.class);
            long t0 = System.nanoTime();
            int added = seed(db);
            double seedSeconds = (System.nanoTime() - t0) / 1e9;
            Result r = run(ctx.getBean(OverdueServices.class), db, ROUNDS);
            String section =
                    section(r, added, seedSeconds, count(db, "SELECT count(*) FROM cases.case_file"), loadBefore);
            System.out.println(section);
            write(Path.of("docs/benchmarks.md"), section);
        }
    }

    /** Timings in ms of the whole computation (national + every province) and of the naive baseline. */
    record Result(long items, long overdue, List<String> provinces, double[] sigap, double[] baseline) {
        double p95(double[] ms) {
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
        }
    }

    /** The measured part, also run briefly by OverdueBenchmarkIT against the test database. */
    static Result run(OverdueServices overdue, DataSource db, int rounds) throws SQLException {
        List<String> provinces = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT code FROM region.admin_region WHERE level = 1 ORDER BY code");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                provinces.add(rs.getString(1));
            }
        }
        double[] sigap = new double[rounds];
        double[] baseline = new double[rounds];
        long national = 0;
        long baselineTotal = 0;
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            national = overdue.count(RegionScope.NATIONAL);
            long sum = 0;
            for (String p : provinces) {
                sum += overdue.count(RegionScope.of(List.of(p)));
            }
            sigap[i] = (System.nanoTime() - t) / 1e6;
            if (sum != national) {
                throw new IllegalStateException("the provinces do not add up to the national count");
            }
            t = System.nanoTime();
            baselineTotal = naive(db);
            baseline[i] = (System.nanoTime() - t) / 1e6;
        }
        if (baselineTotal != national) {
            throw new IllegalStateException("the baseline and Sigap disagree: " + baselineTotal + " vs " + national);
        }
        return new Result(count(db, "SELECT count(*) FROM support.service_item"), national, provinces, sigap, baseline);
    }

    /** The naive computation: every item read and grouped by province in one statement; returns the national sum. */
    private static long naive(DataSource db) throws SQLException {
        long total = 0;
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT province_code, count(*) FILTER (WHERE due_on <"
                        + " (now() AT TIME ZONE 'Asia/Jakarta')::date AND started_on IS NULL AND completed_on IS NULL"
                        + " AND closing_reason IS NULL) FROM support.service_item GROUP BY province_code");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                total += rs.getLong(2);
            }
        }
        return total;
    }

    /** One service item per victim record that has none (deterministic by person id), in one statement. */
    static int seed(DataSource db) throws SQLException {
        String sql = "INSERT INTO support.service_item (case_id, person_id, region_code, province_code, service,"
                + " provider_agency_id, requested_on, due_on, started_on, notes, recorded_by_name, created_at,"
                + " updated_at)"
                + " SELECT cp.case_id, cp.person_id, f.region_code, substr(f.region_code, 1, 2),"
                + " (ARRAY['HEALTH_REHABILITATION','SOCIAL_REHABILITATION','REPATRIATION',"
                + "'SOCIAL_REINTEGRATION'])[1 + cp.person_id % 4], f.owning_agency_id,"
                + " current_date - (cp.person_id % 60)::int, current_date - (cp.person_id % 60)::int + 7,"
                + " CASE WHEN cp.person_id % 3 = 0 THEN current_date - (cp.person_id % 60)::int + 2 END,"
                + " 'benchmark item', 'Benchmark (sintetis)', now(), now()"
                + " FROM cases.case_person cp JOIN cases.case_file f ON f.id = cp.case_id"
                + " WHERE cp.role = 'VICTIM' AND NOT EXISTS (SELECT 1 FROM support.service_item s"
                + " WHERE s.case_id = cp.case_id AND s.person_id = cp.person_id)";
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            int added = ps.executeUpdate();
            try (PreparedStatement analyse = c.prepareStatement("ANALYZE support.service_item")) {
                analyse.execute();
            }
            return added;
        }
    }

    static long count(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String section(Result r, int added, double seedSeconds, long cases, double loadBefore) {
        double p95 = r.p95(r.sigap());
        StringBuilder s = new StringBuilder();
        s.append("## Overdue services over the national dataset (`overdue`)\n\n");
        s.append(String.format(
                Locale.ROOT,
                "Issue target: <= %.0f ms. Result: **%s** (p95 %.1f ms for the whole computation).%n%n",
                TARGET_MS,
                p95 <= TARGET_MS ? "met" : "NOT met",
                p95));
        s.append("- Command: `./sigap bench overdue` (class `")
                .append(OverdueBenchmark.class.getName())
                .append("`), data in `SIGAP_DATA_DIR` (default `/tmp/sigap-national`)\n");
        s.append("- Date: ").append(ZonedDateTime.now(Clock.systemUTC())).append('\n');
        s.append(String.format(
                Locale.ROOT,
                "- Machine: %d CPUs, Java %s, load average %.2f before, %.2f after%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                loadBefore,
                load()));
        s.append(String.format(
                Locale.ROOT,
                "- Data: %,d cases; %,d service items (%,d added by this run in %.1f s: one per victim record without"
                        + " one, applied 0–59 days ago by person id, a third started), %,d of them overdue today%n",
                cases,
                r.items(),
                added,
                seedSeconds,
                r.overdue()));
        s.append(String.format(
                Locale.ROOT,
                "- Computation: the overdue count nationally and in each of the %d provinces (`OverdueServices.count`,"
                        + " the partial index on open items), %d rounds; the provinces add up to the national count"
                        + " (checked)%n",
                r.provinces().size(),
                r.sigap().length));
        s.append("- Baseline in the same run: the same figures from one naive `GROUP BY province_code` over every"
                + " service item by raw JDBC (same total, checked)\n\n");
        s.append("| path | rounds | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        row(s, "**Sigap: national + every province**", r.sigap(), r);
        row(s, "baseline: naive GROUP BY by JDBC", r.baseline(), r);
        return s.toString();
    }

    private static void row(StringBuilder s, String name, double[] ms, Result r) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        s.append(String.format(
                Locale.ROOT,
                "| %s | %d | %.1f | %.1f | %.1f |%n",
                name,
                ms.length,
                sorted[sorted.length / 2],
                r.p95(ms),
                sorted[sorted.length - 1]));
    }

    static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception e) {
            return -1;
        }
    }

    static void write(Path file, String section) throws java.io.IOException {
        String block = BEGIN + "\n" + section + END;
        String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\n";
        int from = text.indexOf(BEGIN);
        int to = text.indexOf(END);
        if (from >= 0 && to > from) {
            text = text.substring(0, from) + block + text.substring(to + END.length());
        } else {
            text = text + (text.endsWith("\n") ? "" : "\n") + "\n" + block + "\n";
        }
        Files.writeString(file, text);
    }
}
