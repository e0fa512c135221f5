package id.sigap.analytics.bench;

import id.sigap.Application;
import id.sigap.analytics.bench.StatsRun.Timing;
import id.sigap.analytics.internal.DashboardQueries;
import id.sigap.analytics.internal.FactRefresh;
import id.sigap.analytics.internal.PreventionFigures;
import id.sigap.analytics.internal.StandardReportFiles;
import id.sigap.analytics.internal.StandardReports;
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
 * {@code ./sigap bench stats}: the dashboards' queries and the standard reports (TIP, GLOTIP, SDG 16.2.2: figures,
 * XLSX and PDF, for the year with most cases) on the national dataset (target p95 <= 300 ms national, <= 100 ms for a
 * province) against the naive aggregates over the base tables in the same run, and the time of the first full fill of
 * the fact layer. Data: {@code SIGAP_DATA_DIR} (default /tmp/sigap-national-analytics, a copy of
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
            int reportYear = jdbc.queryForObject(
                    "SELECT year FROM analytics.case_fact GROUP BY 1 ORDER BY count(*) DESC, 1 DESC LIMIT 1",
                    Integer.class);
            Result r = run(
                    new Beans(
                            ctx.getBean(DashboardQueries.class),
                            ctx.getBean(StandardReports.class),
                            ctx.getBean(StandardReportFiles.class),
                            db,
                            ctx.getBean(PreventionFigures.class)),
                    province,
                    years[0],
                    years[1],
                    reportYear,
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

    /**
     * What the benchmark measures through; with {@code prevention} (may be null) also the interception, outreach and
     * action-plan sections and the map's interception and outreach layers.
     */
    record Beans(
            DashboardQueries queries,
            StandardReports reports,
            StandardReportFiles files,
            DataSource db,
            PreventionFigures prevention) {

        Beans(DashboardQueries queries, StandardReports reports, StandardReportFiles files, DataSource db) {
            this(queries, reports, files, db, null);
        }
    }

    record Result(
            String province,
            int fromYear,
            int toYear,
            int reportYear,
            List<Timing> dashboard,
            List<Timing> naive,
            List<Timing> reports,
            List<Timing> naiveReports) {
        double worst(String scope) {
            return worst(dashboard, scope);
        }

        double worstReport(String scope) {
            return worst(reports, scope);
        }

        private static double worst(List<Timing> timings, String scope) {
            return timings.stream()
                    .filter(t -> t.scope().equals(scope))
                    .mapToDouble(Timing::p95)
                    .max()
                    .orElse(0);
        }
    }

    /** The measured part, also run briefly by StatsBenchmarkIT against the test database. */
    static Result run(Beans beans, String province, int from, int to, int reportYear, int rounds, int naiveRounds) {
        StatsRun run = new StatsRun(beans.queries(), beans.prevention(), beans.db(), from, to);
        RegionScope prov = RegionScope.of(List.of(province));
        String label = "province " + province;
        List<Timing> dashboard = new ArrayList<>(run.dashboard("national", RegionScope.NATIONAL, null, rounds));
        dashboard.addAll(run.dashboard(label, prov, null, rounds));
        List<Timing> naive = new ArrayList<>(run.naive("national", "", naiveRounds));
        naive.addAll(run.naive(label, province, naiveRounds));
        List<Timing> reports = new ArrayList<>(
                run.reports(beans.reports(), beans.files(), "national", RegionScope.NATIONAL, reportYear, rounds));
        reports.addAll(run.reports(beans.reports(), beans.files(), label, prov, reportYear, rounds));
        List<Timing> naiveReports = new ArrayList<>(run.naiveReports("national", "", reportYear, naiveRounds));
        naiveReports.addAll(run.naiveReports(label, province, reportYear, naiveRounds));
        return new Result(province, from, to, reportYear, dashboard, naive, reports, naiveReports);
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
        s.append("## Statistics dashboards and standard reports (`stats`)\n\n");
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
        // a copy filled by an earlier run only catches up at the start: say so instead of calling it a full fill
        s.append(
                        filled.cases() >= cases
                                ? "- Fact layer: first full fill "
                                : "- Fact layer: already filled (an earlier run); catching up at the start ")
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
        double nationalReport = r.worstReport("national");
        double provinceReport = r.worstReport("province " + r.province());
        boolean reportsMet = nationalReport <= NATIONAL_TARGET && provinceReport <= PROVINCE_TARGET;
        s.append("\n### Standard reports (TIP, GLOTIP, SDG 16.2.2)\n\n");
        s.append("Same targets for every standard report of one year (")
                .append(r.reportYear())
                .append(", the year with most cases). Result: **")
                .append(reportsMet ? "met" : "NOT met")
                .append("** (worst p95 ")
                .append(fmt(nationalReport))
                .append(" ms national, ")
                .append(fmt(provinceReport))
                .append(" ms province ")
                .append(r.province())
                .append("). A report is timed as built by `StandardReports` (its figures, what the JSON API returns)")
                .append(" and as the XLSX and PDF files; ")
                .append(ROUNDS)
                .append(" rounds each. Baseline in the same run: the naive aggregates the report needs over the base")
                .append(" tables, one after the other, ")
                .append(NAIVE_ROUNDS)
                .append(" rounds.\n\n");
        s.append("| report | scope | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|\n");
        for (Timing t : r.reports()) {
            row(s, t, "");
        }
        for (Timing t : r.naiveReports()) {
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
