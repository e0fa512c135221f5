package id.sigap.region.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.security.Role;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CountryApiIT {

    @Autowired
    MockMvc mvc;

    List<Map<String, Object>> search(String query) throws Exception {
        String json = mvc.perform(
                        get("/api/v1/countries" + query).with(TestUsers.as(TestUsers.user(Role.ANALYST, null))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return RegionApiIT.items(json);
    }

    @Test
    void countries_are_public_reference_data_like_regions() throws Exception {
        mvc.perform(get("/api/v1/countries/MY"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.iso3").value("MYS"));
    }

    @Test
    void countries_have_exactly_iso2_iso3_and_both_names() throws Exception {
        List<Map<String, Object>> my = search("?q=malay");
        assertThat(my.getFirst())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("iso2", "MY", "iso3", "MYS", "nameId", "Malaysia", "nameEn", "Malaysia"));
    }

    @Test
    void iso_codes_come_first_then_names_in_indonesian_or_english() throws Exception {
        assertThat(search("?q=sa").getFirst()).containsEntry("iso2", "SA");
        assertThat(search("?q=IDN").getFirst()).containsEntry("iso2", "ID");
        assertThat(search("?q=jepang").getFirst()).containsEntry("iso2", "JP");
        assertThat(search("?q=japan").getFirst()).containsEntry("iso2", "JP");
        assertThat(search("?q=arab")).extracting(c -> c.get("iso2")).contains("SA", "AE");
        assertThat(search("?q=qqqqq")).isEmpty();
    }

    @Test
    void without_q_all_countries_are_listed_and_limit_applies() throws Exception {
        assertThat(search("")).hasSizeGreaterThan(240);
        assertThat(search("?q=a&limit=3")).hasSize(3);
    }

    @Test
    void one_country_by_code_or_404() throws Exception {
        var analyst = TestUsers.as(TestUsers.user(Role.ANALYST, null));
        mvc.perform(get("/api/v1/countries/my").with(analyst))
                .andExpect(jsonPath("$.iso3").value("MYS"));
        mvc.perform(get("/api/v1/countries/XX").with(analyst))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("country.not-found"));
        mvc.perform(get("/api/v1/countries").param("q", "x".repeat(10_000)).with(analyst))
                .andExpect(status().isUnprocessableContent());
    }
}
