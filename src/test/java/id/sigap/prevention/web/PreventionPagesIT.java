package id.sigap.prevention.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.prevention.internal.CrossingPoints;
import id.sigap.prevention.internal.OutreachCoverage;
import id.sigap.region.Regions;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestDates;
import id.sigap.support.TestUsers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The totals, outreach, coverage and watch-group pages: what they show, what they refuse, and their empty states. */
@IntegrationTest
class PreventionPagesIT {

    @Autowired
    Clock clock;

    /** Today in WIB by the application's clock, read before each test. */
    LocalDate today;

    @BeforeEach
    void readToday() {
        today = TestDates.today(clock);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    CrossingPoints points;

    @Autowired
    Regions regions;

    @Autowired
    OutreachCoverage coverage;

    final SigapUser nttSecretary = TestUsers.user(Role.TASKFORCE_SECRETARY, "53");
    final SigapUser kalselSecretary = TestUsers.user(Role.TASKFORCE_SECRETARY, "63");
    final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void every_seeded_crossing_point_lies_in_a_known_region() {
        assertThat(points.all()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(points.all())
                .allSatisfy(p ->
                        assertThat(regions.exists(p.regionCode())).as(p.code()).isTrue());
        assertThat(points.find("TENAU").orElseThrow().regionCode()).startsWith("53.71");
        assertThat(points.find("PLBN-ENTIKONG").orElseThrow().regionCode()).startsWith("61.03");
    }

    @Test
    void the_ntt_secretariat_sees_the_seeded_yearly_figures_and_others_are_refused() throws Exception {
        mvc.perform(get("/pencegahan/rekap")
                        .param("wilayah", "53")
                        .param("tahun", "2018")
                        .with(TestUsers.as(nttSecretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"totals-persons\"")))
                .andExpect(content().string(containsString("1379")));
        mvc.perform(get("/pencegahan/rekap")
                        .param("wilayah", "53")
                        .param("tahun", "2018")
                        .with(TestUsers.as(kalselSecretary)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/pencegahan/rekap")
                        .with(TestUsers.as(kalselSecretary))
                        .with(csrf())
                        .param("regionCode", "53.71")
                        .param("year", "2016")
                        .param("persons", "10")
                        .param("source", "uji"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/pencegahan/rekap")
                        .with(TestUsers.as(nttSecretary))
                        .with(csrf())
                        .param("regionCode", "53.71")
                        .param("year", "tahun")
                        .param("persons", "10")
                        .param("source", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Periksa isian")));
    }

    @Test
    void outreach_in_a_village_shows_in_the_coverage_of_its_regency() throws Exception {
        mvc.perform(post("/pencegahan/sosialisasi")
                        .with(TestUsers.as(nttSecretary))
                        .with(csrf())
                        .param("title", "Sosialisasi migrasi aman " + tag)
                        .param("heldOn", today.toString())
                        .param("level", "VILLAGE")
                        .param("regionCode", "53.71.01.1001")
                        .param("topic", "SAFE_MIGRATION")
                        .param("women", "20")
                        .param("girls", "5")
                        .param("men", "12")
                        .param("boys", "3")
                        .param("partners", "IOM, PMKRI")
                        .param("costRupiah", "2500000"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/pencegahan/sosialisasi").with(TestUsers.as(nttSecretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sosialisasi migrasi aman " + tag)));
        var kupang = coverage.of(nttSecretary, "53.71");
        var alak = kupang.districts().stream()
                .filter(d -> d.code().equals("53.71.01"))
                .findFirst()
                .orElseThrow();
        assertThat(alak.reached()).isTrue();
        assertThat(alak.villagesReached()).isPositive();
        assertThat(kupang.villagesReached()).isPositive();
        assertThat(kupang.districts()).hasSize(6);
        mvc.perform(get("/pencegahan/cakupan").param("wilayah", "53.71").with(TestUsers.as(nttSecretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Alak")));
        mvc.perform(get("/pencegahan/cakupan").param("wilayah", "53.71").with(TestUsers.as(kalselSecretary)))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_activity_whose_place_does_not_fit_its_level_or_the_scope_is_refused() throws Exception {
        var activity = post("/pencegahan/sosialisasi")
                .with(csrf())
                .param("title", "Sosialisasi " + tag)
                .param("heldOn", today.toString())
                .param("level", "VILLAGE")
                .param("regionCode", "53.71")
                .param("topic", "ONLINE_RECRUITMENT");
        mvc.perform(activity.with(TestUsers.as(nttSecretary))).andExpect(status().isUnprocessableContent());
        mvc.perform(post("/pencegahan/sosialisasi")
                        .with(csrf())
                        .with(TestUsers.as(kalselSecretary))
                        .param("title", "Sosialisasi " + tag)
                        .param("heldOn", today.toString())
                        .param("level", "REGENCY")
                        .param("regionCode", "53.71")
                        .param("topic", "ONLINE_RECRUITMENT"))
                .andExpect(status().isForbidden());
    }

    @Test
    void watch_groups_are_registered_listed_and_removed_within_the_scope() throws Exception {
        String village = "53.71.03.1010";
        mvc.perform(post("/pencegahan/kelompok")
                        .with(TestUsers.as(nttSecretary))
                        .with(csrf())
                        .param("name", "Agen Perubahan Oesapa " + tag)
                        .param("kind", "AGENTS_OF_CHANGE")
                        .param("villageCode", village)
                        .param("members", "12")
                        .param("activeSince", "2019-05-01"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(
                        get("/pencegahan/kelompok").param("wilayah", village).with(TestUsers.as(nttSecretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Agen Perubahan Oesapa " + tag)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(get("/pencegahan/kelompok").param("wilayah", "53.71").with(TestUsers.as(kalselSecretary)))
                .andExpect(status().isForbidden());
        var m = java.util.regex.Pattern.compile("/pencegahan/kelompok/(\\d+)/hapus")
                .matcher(page);
        long id = -1;
        while (m.find()) {
            id = Long.parseLong(m.group(1));
        }
        assertThat(id).isPositive();
        mvc.perform(post("/pencegahan/kelompok/{id}/hapus", id)
                        .with(TestUsers.as(kalselSecretary))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/pencegahan/kelompok")
                        .param("wilayah", "53.01.04.2004")
                        .with(TestUsers.as(nttSecretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Belum ada kelompok")));
    }

    @Test
    void the_interception_list_has_an_empty_state_and_sorts_by_persons() throws Exception {
        SigapUser analyst = TestUsers.user(Role.ANALYST, "53");
        mvc.perform(get("/pencegahan/intersepsi").param("tahun", "1990").with(TestUsers.as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Belum ada intersepsi")))
                .andExpect(content().string(not(containsString("Catat intersepsi</a>"))));
        mvc.perform(get("/pencegahan").with(TestUsers.as(analyst)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/pencegahan/intersepsi"));
        mvc.perform(get("/pencegahan/intersepsi").with(TestUsers.as(TestUsers.user(Role.AUDITOR, "53"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/pencegahan/intersepsi").param("urut", "PERSONS").with(TestUsers.as(analyst)))
                .andExpect(status().isOk());
        mvc.perform(get("/pencegahan/intersepsi").param("urut", "NAMA").with(TestUsers.as(analyst)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/pencegahan/intersepsi?lang=en").with(TestUsers.as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Interceptions of non-procedural")));
    }
}
