package id.sigap.analytics.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.analytics.AnalyticsTestConfiguration;
import id.sigap.analytics.internal.DashboardQueries;
import id.sigap.analytics.internal.FactRefresh;
import id.sigap.analytics.internal.StandardReport;
import id.sigap.analytics.internal.StandardReportFiles;
import id.sigap.analytics.internal.StandardReports;
import id.sigap.support.IntegrationTest;
import id.sigap.synthetic.SyntheticData;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The statistics benchmark, run briefly against the test database so it cannot rot (no figures are kept). */
@IntegrationTest
@Import(AnalyticsTestConfiguration.class)
class StatsBenchmarkIT {

    @Autowired
    SyntheticData generator;

    @Autowired
    FactRefresh refresh;

    @Autowired
    DashboardQueries queries;

    @Autowired
    DataSource db;

    @Autowired
    StandardReports reports;

    @Autowired
    StandardReportFiles files;

    @Test
    void the_benchmark_runs_and_writes_a_section() {
        generator.generate(200, 7407, SyntheticData.Progress.NONE);
        FactRefresh.Result filled = refresh.refresh();
        var r = StatsBenchmark.run(new StatsBenchmark.Beans(queries, reports, files, db), "53", 2000, 2100, 2024, 2, 1);
        assertThat(r.dashboard()).hasSize(2 * (id.sigap.analytics.internal.Measure.values().length + 2));
        assertThat(r.naive()).hasSize(2 * StatsRun.NAIVE.size());
        assertThat(r.reports()).hasSize(2 * 3 * StandardReport.Kind.values().length);
        assertThat(r.naiveReports()).hasSize(2 * StandardReport.Kind.values().length);
        String section = StatsBenchmark.section(r, 1.0, filled, 1.0, filled, 200, 1000, 10, 1.0);
        assertThat(section)
                .contains(
                        "## Statistics dashboards and standard reports (`stats`)",
                        "baseline: victims by form",
                        "| report sdg-16-2-2 as PDF | province 53 |",
                        "| baseline: report glotip | national |");
    }

    @Autowired
    id.sigap.analytics.internal.PreventionFigures prevention;

    @Test
    void the_benchmark_times_the_prevention_sections_and_map_layers_too() {
        var r = StatsBenchmark.run(
                new StatsBenchmark.Beans(queries, reports, files, db, prevention), "53", 2015, 2025, 2024, 2, 1);
        int sections = id.sigap.analytics.internal.PreventionFigures.NAMES.size() + 2;
        assertThat(r.dashboard())
                .hasSize(2 * (id.sigap.analytics.internal.Measure.values().length + 2 + sections))
                .extracting(StatsRun.Timing::name)
                .contains("INTERCEPTIONS", "OUTREACH_AREA", "PLANS", "MAP_INTERCEPTIONS", "MAP_OUTREACH");
        assertThat(r.naive())
                .hasSize(2 * (StatsRun.NAIVE.size() + StatsRun.PREVENTION_NAIVE.size()))
                .extracting(StatsRun.Timing::name)
                .contains("interceptions by province", "outreach by province");
    }
}
