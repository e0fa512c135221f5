package id.sigap.analytics.bench;

import id.sigap.Application;
import id.sigap.analytics.bench.StatsRun.Timing;
import id.sigap.analytics.internal.DashboardQueries;
import id.sigap.analytics.internal.FactRefresh;
import id.sigap.analytics.internal.PreventionFigures;
import id.sigap.security.RegionScope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code ./sigap bench stats}: the dashboards' queries on the national dataset (target p95 <= 300 ms national,
 * <= 100 ms for a province) against the naive aggregate over the base tables in the same run, and the time of the
 * first full fill of the fact layer. Data: {@code SIGAP_DATA_DIR} (default /tmp/sigap-national-analytics, a copy of
 * the national dataset). Writes its section of docs/benchmarks.md. Not a test.
 */
public final class StatsBenchmark {

    static final double NATIONAL_TARGET = 300;
    static final double PROVINCE_TARGET = 100;
    static final int ROUNDS = 30;
    static final int NAIVE_ROUNDS = 3;

    public static void main(String[] args) throws Exception {
        String dir = System.getenv().getOrDefault("SIGAP_DATA_DIR", "/tmp/sigap-national-analytics");
        double loadBefore = load();
        // command-line arguments: they take precedence over application.yml and the environment
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class)
                .run(
                        "--sigap.data-dir=" + dir,
                        "--server.port=0",
                        "--sigap.analytics.refresh=PT10000H",
                        "--spring.main.banner-mode=off")) {
            FactRefresh refresh = ctx.getBean(FactRefresh.class);
            long t0 = System.nanoTime();
            FactRefresh.Result filled = refresh.refresh();
            double fillSeconds = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            FactRefresh.Result again = refresh.refresh();
            double incrementalMs = (System.nanoTime() - t1) / 1e6;
            DataSource db = ctx.getBean(DataSource.class);
            JdbcTemplate jdbc = new JdbcTemplate(db);
            String province = jdbc.queryForObject(
                    "SELECT province_code FROM cases.case_file GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
                    String.class);
            Integer[] years = jdbc.queryForObject("SELECT min(year), max(year) FROM analytics.case_fact", (rs, i) ->
                    new Integer[] {rs.getInt(1), rs.getInt(2)});
            Result r = run(
                    ctx.getBean(DashboardQueries.class),
                    ctx.getBean(PreventionFigures.class),
                    db,
                    province,
                    years[0],
                    years[1],
                    ROUNDS,
                    NAIVE_ROUNDS);
            long cases = jdbc.queryForObject("SELECT count(*) FROM cases.case_file", Long.class);
            long persons = jdbc.queryForObject("SELECT count(*) FROM cases.person", Long.class);
            long tallies = jdbc.queryForObject("SELECT count(*) FROM analytics.tally", Long.class);
            String section = section(r, fillSeconds, filled, incrementalMs, again, cases, persons, tallies, loadBefore);
            System.out.println(section);
            write(Path.of("docs/benchmarks.md"), section);
        }
    }

    record Result(String province, int fromYear, int toYear, List<Timing> dashboard, List<Timing> naive) {
        double worst(String scope) {
            return dashboard.stream()
                    .filter(t -> t.scope().equals(scope))
                    .mapToDouble(Timing::p95)
                    .max()
                    .orElse(0);
        }
    }

    /** The measured part, also run briefly by StatsBenchmarkIT against the test database. */
    static Result run(
            DashboardQueries queries, DataSource db, String province, int from, int to, int rounds, int naiveRounds) {
        return run(queries, null, db, province, from, to, rounds, naiveRounds);
    }

    /** With {@code prevention} (may be null): the interception, outreach and plan sections and map layers too. */
    static Result run(
            DashboardQueries queries,
            PreventionFigures prevention,
            DataSource db,
            String province,
            int from,
            int to,
            int rounds,
            int naiveRounds) {
        StatsRun run = new StatsRun(queries, prevention, db, from, to);
        List<Timing> dashboard = new ArrayList<>(run.dashboard("national", RegionScope.NATIONAL, null, rounds));
        dashboard.addAll(run.dashboard("province " + province, RegionScope.of(List.of(province)), null, rounds));
        List<Timing> naive = new ArrayList<>(run.naive("national", "", naiveRounds));
        naive.addAll(run.naive("province " + province, province, naiveRounds));
        return new Result(province, from, to, dashboard, naive);
    }

    static String section(
            Result r,
            double fillSeconds,
            FactRefresh.Result filled,
            double incrementalMs,
            FactRefresh.Result again,
            long cases,
            long persons,
            long tallies,
            double loadBefore) {
        double national = r.worst("national");
        double prov = r.worst("province " + r.province());
        boolean met = national <= NATIONAL_TARGET && prov <= PROVINCE_TARGET;
        StringBuilder s = new StringBuilder();
        s.append("## Statistics dashboards (`stats`)\n\n");
        s.append("Issue target: every dashboard query p95 <= ")
                .append(fmt(NATIONAL_TARGET))
                .append(" ms national, <= ")
                .append(fmt(PROVINCE_TARGET))
                .append(" ms for a province. Result: **")
                .append(met ? "met" : "NOT met")
                .append("** (worst p95 ")
                .append(fmt(national))
                .append(" ms national, ")
                .append(fmt(prov))
                .append(" ms province ")
                .append(r.province())
                .append(").\n\n");
        s.append("- Command: `./sigap bench stats` (class `id.sigap.analytics.bench.StatsBenchmark`), data in ")
                .append("`SIGAP_DATA_DIR` (default `/tmp/sigap-national-analytics`, a copy of the national dataset)\n");
        s.append("- Date: ").append(ZonedDateTime.now(Clock.systemUTC())).append("\n");
        s.append("- Machine: ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs, Java ")
                .append(System.getProperty("java.version"))
                .append(", load average ")
                .append(fmt(loadBefore))
                .append(" before, ")
                .append(fmt(load()))
                .append(" after (shared with other work)\n");
        s.append("- Data: ")
                .append(String.format(Locale.ROOT, "%,d", cases))
                .append(" cases, ")
                .append(String.format(Locale.ROOT, "%,d", persons))
                .append(" persons; years ")
                .append(r.fromYear())
                .append("–")
                .append(r.toYear())
                .append("; ")
                .append(String.format(Locale.ROOT, "%,d", tallies))
                .append(" tally rows\n");
        s.append("- Fact layer: first full fill ")
                .append(fmt(fillSeconds))
                .append(" s (")
                .append(filled.cases())
                .append(" cases, ")
                .append(filled.cells())
                .append(" cells); an incremental refresh with nothing new ")
                .append(fmt(incrementalMs))
                .append(" ms (")
                .append(again.cases())
                .append(" cases re-read)\n");
        s.append("- Dashboard: ")
                .append(ROUNDS)
                .append(" rounds per query after a warm-up, through `DashboardQueries`")
                .append(" and `PreventionFigures` (the interception, outreach and action-plan sections and the map's")
                .append(" interception and outreach layers, from the prevention and plans APIs)")
                .append(" (jOOQ, the page's own queries). Baseline in the same run: the naive aggregate over the base")
                .append(" tables (raw SQL on cases/support, persons by NIK; interceptions and outreach added up")
                .append(" straight from the prevention tables), ")
                .append(NAIVE_ROUNDS)
                .append(" rounds\n\n");
        s.append("| query | scope | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|\n");
        for (Timing t : r.dashboard()) {
            row(s, t, "");
        }
        for (Timing t : r.naive()) {
            row(s, t, "baseline: ");
        }
        return s.toString();
    }

    private static void row(StringBuilder s, Timing t, String prefix) {
        s.append("| ")
                .append(prefix)
                .append(t.name())
                .append(" | ")
                .append(t.scope())
                .append(" | ")
                .append(fmt(t.p50()))
                .append(" | ")
                .append(fmt(t.p95()))
                .append(" | ")
                .append(fmt(t.max()))
                .append(" |\n");
    }

    static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception e) {
            return -1;
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.1f", v);
    }

    static void write(Path file, String section) throws java.io.IOException {
        String begin = "<!-- bench:stats -->";
        String end = "<!-- /bench:stats -->";
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
    }
}
