package id.sigap.organization.web;

import static id.sigap.organization.OrgFixtures.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Who sees and edits which agencies: region scope on lists, details and writes, in pages and JSON. */
@IntegrationTest
class AgencyAccessIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Agencies agencies;

    String tag;
    Agency kupang;
    Agency banjarmasin;

    final SigapUser kupangCaseWorker = TestUsers.user(Role.CASE_WORKER, "53.71");
    final SigapUser nttAnalyst = TestUsers.user(Role.ANALYST, "53");
    final SigapUser kupangIntake = TestUsers.user(Role.INTAKE_OFFICER, "53.71");
    final SigapUser nttAdmin = TestUsers.user(Role.SYSTEM_ADMIN, "53");

    @BeforeEach
    void agenciesInTwoProvinces() {
        tag = unique("Scope");
        kupang = agencies.create(NewAgency.of("UPTD PPA Kota Kupang " + tag, AgencyType.UPTD_PPA, "53.71"));
        banjarmasin = agencies.create(NewAgency.of("UPTD PPA Banjarmasin " + tag, AgencyType.UPTD_PPA, "63.71"));
    }

    @Test
    void a_kota_kupang_user_lists_kupang_agencies_but_not_kalimantan_selatan_ones() throws Exception {
        mvc.perform(get("/api/v1/agencies").param("q", tag).with(TestUsers.as(kupangCaseWorker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(kupang.id()))
                .andExpect(jsonPath("$.content[0].regionName").value("Kota Kupang"));
        mvc.perform(get("/instansi").param("q", tag).with(TestUsers.as(kupangCaseWorker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(kupang.name())))
                .andExpect(content().string(not(containsString(banjarmasin.name()))));
    }

    @Test
    void a_kota_kupang_user_is_refused_a_kalimantan_selatan_agency_by_direct_url() throws Exception {
        mvc.perform(get("/api/v1/agencies/{id}", banjarmasin.id()).with(TestUsers.as(kupangCaseWorker)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access.denied"));
        mvc.perform(get("/instansi/{id}", banjarmasin.id()).with(TestUsers.as(kupangCaseWorker)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString(banjarmasin.name()))));
        mvc.perform(get("/api/v1/agencies/{id}", kupang.id()).with(TestUsers.as(kupangCaseWorker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(kupang.name()));
        mvc.perform(get("/instansi/{id}", kupang.id()).with(TestUsers.as(kupangCaseWorker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(kupang.name())));
    }

    @Test
    void a_province_user_sees_the_agencies_of_its_regencies() throws Exception {
        mvc.perform(get("/api/v1/agencies").param("q", tag).with(TestUsers.as(nttAnalyst)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(kupang.id()));
        mvc.perform(get("/api/v1/agencies/{id}", kupang.id()).with(TestUsers.as(nttAnalyst)))
                .andExpect(status().isOk());
        mvc.perform(get("/instansi/{id}", kupang.id()).with(TestUsers.as(nttAnalyst)))
                .andExpect(status().isOk());
        mvc.perform(get("/instansi/{id}", banjarmasin.id()).with(TestUsers.as(nttAnalyst)))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_non_admin_cannot_create_agencies() throws Exception {
        String name = unique("Dinsos Kupang");
        mvc.perform(post("/api/v1/agencies")
                        .with(TestUsers.as(kupangIntake))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name
                                + "\",\"type\":\"SOCIAL_SERVICE_SHELTER\",\"regionCode\":\"53.71\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/instansi/baru").with(TestUsers.as(kupangIntake))).andExpect(status().isForbidden());
        mvc.perform(post("/instansi")
                        .with(TestUsers.as(kupangIntake))
                        .with(csrf())
                        .param("name", name)
                        .param("type", "SOCIAL_SERVICE_SHELTER")
                        .param("regionCode", "53.71"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/agencies").param("q", name).with(TestUsers.as(nttAdmin)))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void a_province_admin_cannot_create_or_edit_agencies_of_another_province() throws Exception {
        mvc.perform(post("/api/v1/agencies")
                        .with(TestUsers.as(nttAdmin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + unique("Polresta Banjarmasin")
                                + "\",\"type\":\"POLICE_UNIT\",\"regionCode\":\"63.71\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/instansi/{id}/ubah", banjarmasin.id()).with(TestUsers.as(nttAdmin)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/instansi/{id}/nonaktifkan", banjarmasin.id())
                        .with(TestUsers.as(nttAdmin))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/agencies")
                        .with(TestUsers.as(nttAdmin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + unique("Polresta Kupang Kota")
                                + "\",\"type\":\"POLICE_UNIT\",\"regionCode\":\"53.71\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.level").value("REGENCY"));
    }
}
