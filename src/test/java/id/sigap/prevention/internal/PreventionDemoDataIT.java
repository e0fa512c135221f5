package id.sigap.prevention.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.prevention.Interception;
import id.sigap.security.Role;
import id.sigap.security.UserAccounts;
import id.sigap.shared.PageRequest;
import id.sigap.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class PreventionDemoDataIT {

    @Autowired
    PreventionDemoData demo;

    @Autowired
    UserAccounts accounts;

    @Autowired
    InterceptionViews views;

    @Test
    void the_demo_port_officer_finds_interceptions_in_kota_kupang_and_a_second_load_adds_nothing() {
        demo.load();
        var officer = accounts.findByUsername(PreventionDemoData.USERNAME).orElseThrow();
        assertThat(officer.scope(Role.INTAKE_OFFICER).covers("53.71.01")).isTrue();
        var first = views.list(officer, "53.71", null, InterceptionViews.Sort.DATE, PageRequest.of(0, 200));
        var demoRows = first.content().stream()
                .filter(i -> i.agencyId() == officer.agencyId())
                .toList();
        assertThat(demoRows).hasSize(3);
        assertThat(demoRows).extracting(i -> i.crossingPoint().name()).contains("Pelabuhan Tenau", "Bandara El Tari");
        assertThat(demoRows.stream().mapToInt(Interception::victimsIdentified).sum())
                .isEqualTo(1);
        assertThat(demoRows.stream().mapToInt(Interception::total).sum()).isEqualTo(6 + 3 + 5);

        demo.load();
        var second = views.list(officer, "53.71", null, InterceptionViews.Sort.DATE, PageRequest.of(0, 200));
        assertThat(second.totalElements()).isEqualTo(first.totalElements());
    }
}
