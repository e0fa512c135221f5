package id.sigap.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.organization.Agencies;
import id.sigap.organization.TaskForces;
import id.sigap.security.Role;
import id.sigap.security.UserAccounts;
import id.sigap.support.IntegrationTest;
import id.sigap.synthetic.SyntheticData;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DemoDataIT {

    @Autowired
    DemoData demo;

    @Autowired
    Agencies agencies;

    @Autowired
    TaskForces taskForces;

    @Autowired
    UserAccounts accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    SyntheticData synthetic;

    @Test
    void
            demo_data_gives_kupang_kalsel_and_jabar_agencies_task_forces_and_accounts_and_loads_twice_without_duplicates() {
        demo.load();
        var uptd = agencies.findByName("53.71", "UPTD PPA Kota Kupang").orElseThrow();
        demo.load();

        assertThat(agencies.findByName("53.71", "UPTD PPA Kota Kupang")
                        .orElseThrow()
                        .id())
                .isEqualTo(uptd.id());
        assertThat(taskForces.validOn("53.71", LocalDate.of(2026, 1, 1))).isPresent();
        assertThat(taskForces.validOn("63", LocalDate.of(2026, 1, 1))).isPresent();
        assertThat(taskForces.validOn("32", LocalDate.of(2026, 1, 1))).isPresent();
        var worker = accounts.findByUsername("kupang.pendamping").orElseThrow();
        assertThat(worker.agencyId()).isEqualTo(uptd.id());
        assertThat(worker.scope(Role.CASE_WORKER).covers("53.71")).isTrue();
        assertThat(worker.scope(Role.CASE_WORKER).covers("63.71")).isFalse();
        assertThat(DemoData.USERS).allSatisfy(u -> assertThat(accounts.findByUsername(u.username()))
                .isPresent());
        assertThat(synthetic.run(DemoData.GENERATED_SEED)).hasValueSatisfying(run -> {
            assertThat(run.done()).isTrue();
            assertThat(run.cases()).isEqualTo(DemoData.GENERATED_CASES);
        });
    }
}
