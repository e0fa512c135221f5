package id.sigap.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.security.AccessPolicy;
import id.sigap.security.AgencyDirectory.AgencySummary;
import id.sigap.security.Grant;
import id.sigap.security.MutableClock;
import id.sigap.security.Role;
import id.sigap.security.SecurityIntegrationTest;
import id.sigap.security.SecurityTestConfiguration.TestAgencies;
import id.sigap.security.SigapUser;
import id.sigap.security.StoredUsers;
import id.sigap.security.UserAccounts;
import id.sigap.security.internal.BreakGlass;
import id.sigap.shared.AuditEvent;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A Kupang case worker opens emergency access to Banjarmasin; the Kalimantan Selatan owners see it. */
@SecurityIntegrationTest
@RecordApplicationEvents
class BreakGlassIT {

    static final String REASON = "Korban dipindahkan ke rumah aman di Banjarmasin malam ini";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AccessPolicy policy;

    @Autowired
    BreakGlass breakGlass;

    @Autowired
    TestAgencies agencies;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEvents events;

    AgencySummary kupang;
    AgencySummary banjarmasin;
    SigapUser worker;
    MockHttpSession session;

    @BeforeEach
    void setUp() throws Exception {
        kupang = agencies.add("Dinas Sosial Kota Kupang", "53.71");
        banjarmasin = agencies.add("Dinas Sosial Kota Banjarmasin", "63.71");
        worker = StoredUsers.create(accounts, kupang.id(), new Grant(Role.CASE_WORKER, "53.71"));
        session = StoredUsers.login(mvc, worker);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private ResultActions open(String region, String reason, int hours) throws Exception {
        return mvc.perform(post("/akses-darurat")
                .with(csrf())
                .session(session)
                .param("regionCode", region)
                .param("reason", reason)
                .param("hours", String.valueOf(hours)));
    }

    private SigapUser fresh() {
        return accounts.find(worker.id()).orElseThrow();
    }

    @Test
    void outside_scope_access_holds_only_while_active_and_is_audited() throws Exception {
        assertThat(policy.allows(fresh(), "63.71.01", Role.CASE_WORKER)).isFalse();

        open("63.71", REASON, 2).andExpect(redirectedUrl("/akses-darurat"));

        assertThat(policy.allows(fresh(), "63.71.01", Role.CASE_WORKER)).isTrue();
        assertThat(policy.allows(fresh(), "63.72", Role.CASE_WORKER)).isFalse();
        mvc.perform(get("/api/v1/me").session(session))
                .andExpect(jsonPath("$.breakGlass[0].regionCode").value("63.71"));
        assertThat(events.stream(AuditEvent.class).filter(e -> e.action() == AuditEvent.Action.BREAK_GLASS))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actorUserId()).isEqualTo(worker.id());
                    assertThat(e.regionCode()).isEqualTo("63.71");
                    assertThat(e.detail()).startsWith("start;expires=").doesNotContain("Korban");
                });

        clock.advance(Duration.ofMinutes(119));
        assertThat(policy.allows(fresh(), "63.71", Role.CASE_WORKER)).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(policy.allows(fresh(), "63.71", Role.CASE_WORKER)).isFalse();
        mvc.perform(get("/akses-darurat").session(session)).andExpect(content().string(containsString("Berakhir")));
    }

    @Test
    void access_ended_early_stops_at_once_and_is_audited() throws Exception {
        var access = breakGlass.start(fresh(), "63.71", REASON, 8);
        assertThat(policy.allows(fresh(), "63.71", Role.CASE_WORKER)).isTrue();

        mvc.perform(post("/akses-darurat/{id}/akhiri", access.id()).with(csrf()).session(session))
                .andExpect(redirectedUrl("/akses-darurat"));

        assertThat(policy.allows(fresh(), "63.71", Role.CASE_WORKER)).isFalse();
        assertThat(events.stream(AuditEvent.class).filter(e -> e.action() == AuditEvent.Action.BREAK_GLASS))
                .anySatisfy(e -> assertThat(e.detail()).isEqualTo("end"));
        mvc.perform(post("/akses-darurat/{id}/akhiri", access.id()).with(csrf()).session(session))
                .andExpect(status().isConflict());
    }

    @Test
    void a_request_needs_a_reason_a_known_region_outside_the_scope_and_at_most_eight_hours() throws Exception {
        open("63.71", "darurat", 2)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("minimal 20 karakter")));
        open("63.71", REASON, 9)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("antara 1 dan 8 jam")));
        open("53.71.01", REASON, 2)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("sudah termasuk dalam kewenangan Anda")));
        open("99.99", REASON, 2).andExpect(status().isUnprocessableContent());

        assertThat(breakGlass.of(fresh())).isEmpty();
        assertThat(policy.allows(fresh(), "63.71", Role.CASE_WORKER)).isFalse();
    }

    @Test
    void the_owners_of_the_region_see_it_and_others_do_not() throws Exception {
        breakGlass.start(fresh(), "63.71", REASON, 2);
        SigapUser kalselAdmin = StoredUsers.create(accounts, banjarmasin.id(), new Grant(Role.SYSTEM_ADMIN, "63"));
        SigapUser kalselAuditor = StoredUsers.create(accounts, banjarmasin.id(), new Grant(Role.AUDITOR, "63.71"));
        SigapUser nttAdmin = StoredUsers.create(accounts, kupang.id(), new Grant(Role.SYSTEM_ADMIN, "53"));

        mvc.perform(get("/akses-darurat").session(StoredUsers.login(mvc, kalselAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Akses darurat ke wilayah Anda")))
                .andExpect(content().string(containsString(worker.username())))
                .andExpect(content().string(containsString(REASON)));
        mvc.perform(get("/api/v1/break-glass").session(StoredUsers.login(mvc, kalselAuditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", hasItem(worker.username())))
                .andExpect(jsonPath("$[0].status").value("active"));
        mvc.perform(get("/api/v1/break-glass").session(StoredUsers.login(mvc, nttAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", not(hasItem(worker.username()))));
        mvc.perform(get("/api/v1/break-glass").session(session))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access.denied"));
        mvc.perform(get("/akses-darurat").session(session))
                .andExpect(content().string(not(containsString("Akses darurat ke wilayah Anda"))));
    }

    @Test
    void break_the_glass_never_extends_the_power_to_administer_users() throws Exception {
        SigapUser nttAdmin = StoredUsers.create(accounts, kupang.id(), new Grant(Role.SYSTEM_ADMIN, "53"));
        breakGlass.start(nttAdmin, "63", REASON, 2);
        assertThat(policy.allows(nttAdmin, "63.71", Role.SYSTEM_ADMIN)).isTrue();

        mvc.perform(post("/admin/pengguna")
                        .with(csrf())
                        .session(StoredUsers.login(mvc, nttAdmin))
                        .param("username", StoredUsers.uniqueUsername("darurat"))
                        .param("displayName", "Lewat Darurat")
                        .param("agencyId", String.valueOf(banjarmasin.id()))
                        .param("password", "Banjarmasin-Aman-2025"))
                .andExpect(status().isForbidden());
    }
}
