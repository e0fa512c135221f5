package id.sigap.linkage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The incremental linking benchmark, briefly against the test database, so that it cannot rot. */
@IntegrationTest
class IncrementalRunIT {

    @Autowired
    ApplicationContext app;

    @Test
    void the_benchmark_runs_and_reports_its_figures() {
        IncrementalRun.Figures f = IncrementalRun.run(app, 5, 40, 7);
        assertThat(f.link().getTotalCount()).isEqualTo(40);
        assertThat(f.linkedPersons()).isNotNegative();
        assertThat(f.reRegistrations()).isPositive();
        assertThat(f.joined()).isPositive();
        String section = LinkageIncrementalBenchmark.section(f, false, java.nio.file.Path.of("x"), 0, 40);
        assertThat(section).contains("| **link alone**").contains("Target p95 <= 50 ms");
    }
}
