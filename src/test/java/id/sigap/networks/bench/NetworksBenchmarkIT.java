package id.sigap.networks.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The networks benchmark runs briefly against the test database, so it cannot rot. */
@IntegrationTest
class NetworksBenchmarkIT {

    @Autowired
    ApplicationContext app;

    @Test
    void the_benchmark_measures_every_step() {
        String figures = NetworksBenchmark.measure(app);
        assertThat(figures)
                .contains("| baseline: read the national inputs |")
                .contains("| national scope, computed from scratch (first run) |")
                .contains("| national scope, cached (fingerprint check only) |")
                .contains("| one province (NTT, 53), computed from scratch |")
                .containsPattern("\\| \\d+\\.\\d+ \\|");
    }
}
