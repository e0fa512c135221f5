package id.sigap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.organization.Agencies;
import id.sigap.security.UserAccounts;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Keeps the benchmark harness from rotting: each scenario of {@code ./sigap bench national} runs for three seconds
 * against the test database over real HTTP (the application in this JVM on a random port), with its JDBC baseline;
 * every request must succeed and the percentiles must come out of the histograms. Not a benchmark: no figures kept.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sigap.intake.reports-per-hour=1000000")
@ActiveProfiles("test")
class BenchHarnessIT {

    private static final String PROVINCE = "53";
    private static final Load.Plan SHORT =
            new Load.Plan(4, Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ZERO, Duration.ofMillis(5));

    @LocalServerPort
    int port;

    @Autowired
    DataSource db;

    @Autowired
    Agencies agencies;

    @Autowired
    UserAccounts accounts;

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Test
    void submissionScenarioAndItsBaselineRunAndMeasure() throws Exception {
        SubmissionScenario scenario = new SubmissionScenario(base(), db);
        scenario.submit(0, 0); // a first request outside the short load: cold paths can be slow on a busy machine

        Load.Result http = Load.run(SHORT, scenario::submit);
        Load.Result jdbc = Load.run(SHORT, (u, i) -> scenario.baseline(db, u, i));

        assertThat(http.errors())
                .as("failed submissions: %s", http.firstError())
                .isZero();
        assertThat(jdbc.errors()).as("failed inserts: %s", jdbc.firstError()).isZero();
        assertMeasured(http.byKind().get(SubmissionScenario.KIND));
        assertMeasured(jdbc.byKind().get(SubmissionScenario.BASELINE));
        assertThat(http.throughput()).isPositive();
        assertThat(http.perSecond()).hasSize(3);
        assertThat(scenario.removeBaselineRows(db)).isGreaterThanOrEqualTo((int) jdbc.count());
    }

    @Test
    void searchScenarioWithSignedInUsersAndItsBaselineRunAndMeasure() throws Exception {
        String runId = "it" + Long.toString(System.nanoTime(), 36);
        String password = "Bench-It-" + runId + "-Pw1!";
        List<String> users = BenchAccounts.ensure(agencies, accounts, PROVINCE, runId, 4, password);
        List<Long> cases = SmallDataset.create(base(), db, PROVINCE, users.getFirst(), password, 4);

        // only this test's own cases and persons: on a shared database, others' identifiers use other keys
        SearchScenario scenario = SearchScenario.prepare(base(), db, PROVINCE, users, password, cases);
        for (int i = 0; i < SearchScenario.KINDS.size(); i++) {
            scenario.http(0, i);
        }
        Load.Result http = Load.run(SHORT, scenario::http);
        Load.Result jdbc = Load.run(SHORT, scenario::jdbc);

        assertThat(scenario.queries.niks()).hasSize(12);
        assertThat(scenario.queries.cases()).containsExactlyInAnyOrderElementsOf(cases);
        assertThat(http.errors()).as("failed requests: %s", http.firstError()).isZero();
        assertThat(jdbc.errors()).as("failed queries: %s", jdbc.firstError()).isZero();
        for (String kind : SearchScenario.KINDS) {
            assertMeasured(http.byKind().get(kind));
            assertMeasured(jdbc.byKind().get("baseline: " + kind));
        }
        assertThat(Figures.row("x", http.all(), http.seconds())).startsWith("| x | " + http.count() + " |");
    }

    private static void assertMeasured(Histogram h) {
        assertThat(h).isNotNull();
        assertThat(h.getTotalCount()).isPositive();
        assertThat(h.getValueAtPercentile(95)).isPositive().isGreaterThanOrEqualTo(h.getValueAtPercentile(50));
        assertThat(Figures.p95Ms(h)).isPositive();
    }
}
