package id.sigap.support.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.support.IntegrationTest;
import id.sigap.support.OverdueServices;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Runs the measured part of {@code ./sigap bench overdue} briefly against the test database, so the benchmark cannot
 * rot: Sigap's national and provincial counts agree with the naive baseline, and the section is written. It adds no
 * items (the seeding touches every victim record, which the shared test database must not get).
 */
@IntegrationTest
class OverdueBenchmarkIT {

    @Autowired
    OverdueServices overdue;

    @Autowired
    DataSource db;

    @Test
    void the_counts_agree_with_the_baseline_and_the_section_is_written() throws Exception {
        OverdueBenchmark.Result r = OverdueBenchmark.run(overdue, db, 2);
        assertThat(r.provinces()).hasSize(38);
        assertThat(r.sigap()).hasSize(2);
        assertThat(r.overdue()).isLessThanOrEqualTo(r.items());
        String section = OverdueBenchmark.section(r, 0, 0.0, 1, 0.5);
        assertThat(section)
                .contains("`./sigap bench overdue`", "national + every province", "naive GROUP BY")
                .containsPattern("Result: \\*\\*(met|NOT met)\\*\\*");
    }
}
