package id.sigap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.organization.Agencies;
import id.sigap.security.UserAccounts;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Keeps {@code ./sigap bench inbox} from rotting: its scenario (a small inbox here) and baseline run for three seconds
 * against the test database over real HTTP; every request must succeed and be measured. Not a benchmark.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InboxBenchIT {

    private static final Load.Plan SHORT =
            new Load.Plan(3, Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ZERO, Duration.ofMillis(5));

    @LocalServerPort
    int port;

    @Autowired
    DataSource db;

    @Autowired
    Agencies agencies;

    @Autowired
    UserAccounts accounts;

    @Test
    void the_inbox_scenario_and_its_baseline_run_and_measure() throws Exception {
        String runId = "in" + Long.toString(System.nanoTime(), 36);
        String password = "Bench-It-" + runId + "-Pw1!";
        List<String> users = BenchAccounts.ensure(agencies, accounts, "53", runId, 3, password);
        InboxScenario scenario =
                InboxScenario.prepare(URI.create("http://127.0.0.1:" + port), db, users, password, 300);
        assertThat(scenario.added).isEqualTo(300);
        assertThat(InboxScenario.seed(db, scenario.agencyId, 300)).isZero();
        scenario.http(0, 0);
        Load.Result http = Load.run(SHORT, scenario::http);
        Load.Result jdbc = Load.run(SHORT, scenario::jdbc);
        assertThat(http.errors()).as("failed requests: %s", http.firstError()).isZero();
        assertThat(jdbc.errors()).as("failed queries: %s", jdbc.firstError()).isZero();
        assertThat(http.byKind().get(InboxScenario.KIND).getTotalCount()).isPositive();
        assertThat(jdbc.byKind().get(InboxScenario.BASELINE).getTotalCount()).isPositive();
        assertThat(Figures.p95Ms(http.byKind().get(InboxScenario.KIND))).isPositive();
    }
}
