package id.sigap.organization.web;

import static id.sigap.organization.OrgFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.organization.Agencies;
import id.sigap.organization.AgencyQuery;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.security.RegionScope;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.PageRequest;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Bad agency input gets a clear message and saves nothing, in the form and in the API. */
@IntegrationTest
class AgencyValidationIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Agencies agencies;

    final SigapUser admin = TestUsers.user(Role.SYSTEM_ADMIN, null);

    long countNamed(String name) {
        return agencies.search(
                        new AgencyQuery(name, null, null, true, "name", false),
                        RegionScope.NATIONAL,
                        new PageRequest(0, 10))
                .totalElements();
    }

    static String json(String name, String region) {
        return "{\"name\":\"" + name + "\",\"type\":\"POLICE_UNIT\",\"regionCode\":\"" + region + "\"}";
    }

    @Test
    void a_duplicate_name_in_the_same_region_is_refused_by_the_api_and_nothing_is_saved() throws Exception {
        String name = unique("Polresta Kupang Kota");
        mvc.perform(post("/api/v1/agencies")
                        .with(TestUsers.as(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(name, "53.71")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/agencies/")));
        mvc.perform(post("/api/v1/agencies")
                        .with(TestUsers.as(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("  " + name.toUpperCase() + " ", "53.71")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("agency.duplicate-name"))
                .andExpect(jsonPath("$.detail").value(containsString("sudah dipakai")));
        assertThat(countNamed(name)).isEqualTo(1);
    }

    @Test
    void the_same_name_in_another_region_is_fine() {
        String name = unique("Dinas Sosial");
        agencies.create(NewAgency.of(name, AgencyType.SOCIAL_SERVICE_SHELTER, "53.71"));
        agencies.create(NewAgency.of(name, AgencyType.SOCIAL_SERVICE_SHELTER, "63.71"));
        assertThat(countNamed(name)).isEqualTo(2);
    }

    @Test
    void a_duplicate_name_is_refused_by_the_form_with_the_message_next_to_the_name() throws Exception {
        String name = unique("UPTD PPA Provinsi NTT");
        agencies.create(NewAgency.of(name, AgencyType.UPTD_PPA, "53"));
        mvc.perform(post("/instansi")
                        .with(TestUsers.as(admin))
                        .with(csrf())
                        .param("name", name.toLowerCase())
                        .param("type", "UPTD_PPA")
                        .param("regionCode", "53"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Nama instansi ini sudah dipakai di wilayah yang sama")))
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(countNamed(name)).isEqualTo(1);
    }

    @Test
    void an_unknown_region_code_is_refused_with_a_clear_message() throws Exception {
        String name = unique("Polres Antah");
        mvc.perform(post("/api/v1/agencies")
                        .with(TestUsers.as(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(name, "53.99")))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("regionCode"))
                .andExpect(jsonPath("$.errors[0].code").value("org.region-unknown"));
        mvc.perform(post("/instansi")
                        .with(TestUsers.as(admin))
                        .with(csrf())
                        .param("lang", "en")
                        .param("name", name)
                        .param("type", "POLICE_UNIT")
                        .param("regionCode", "xx"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Unknown region code")));
        assertThat(countNamed(name)).isZero();
    }

    @Test
    void level_and_region_must_agree() throws Exception {
        mvc.perform(post("/api/v1/agencies")
                        .with(TestUsers.as(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + unique("Polda")
                                + "\",\"type\":\"POLICE_UNIT\",\"level\":\"PROVINCE\"," + "\"regionCode\":\"53.71\"}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].code").value("org.level-region-mismatch"));
    }

    @Test
    void bad_form_values_become_field_messages_not_server_errors() throws Exception {
        mvc.perform(post("/instansi")
                        .with(TestUsers.as(admin))
                        .with(csrf())
                        .param("name", "")
                        .param("type", "SPACESHIP")
                        .param("parentAgencyId", "abc")
                        .param("email", "not-an-address")
                        .param("regionCode", "53"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Wajib diisi.")))
                .andExpect(content().string(containsString("Alamat surel tidak valid.")));
    }

    @Test
    void the_list_is_paged_and_sortable() throws Exception {
        String tag = unique("Urut");
        agencies.create(NewAgency.of("B " + tag, AgencyType.NGO, "53.71"));
        agencies.create(NewAgency.of("A " + tag, AgencyType.COURT, "53.71"));
        mvc.perform(get("/api/v1/agencies").param("q", tag).param("size", "1").with(TestUsers.as(admin)))
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].name").value("A " + tag));
        mvc.perform(get("/api/v1/agencies")
                        .param("q", tag)
                        .param("sort", "name")
                        .param("desc", "true")
                        .with(TestUsers.as(admin)))
                .andExpect(jsonPath("$.content[0].name").value("B " + tag));
        mvc.perform(get("/api/v1/agencies").param("q", tag).param("type", "NGO").with(TestUsers.as(admin)))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/instansi").param("q", tag).param("urut", "jenis").with(TestUsers.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-sort=\"ascending\"")));
    }
}
