package id.sigap.region.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The public region API as agency systems use it: anonymous, field names fixed by contract. */
@IntegrationTest
class RegionApiIT {

    static final List<String> FIELDS =
            List.of("code", "name", "level", "parentCode", "population", "areaKm2", "provinceCode", "path");

    @Autowired
    MockMvc mvc;

    String body(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(String json) {
        Map<String, Object> list = JsonParserFactory.getJsonParser().parseMap(json);
        assertThat(list.keySet()).containsExactly("content");
        return (List<Map<String, Object>>) list.get("content");
    }

    @Test
    void a_region_by_code_has_exactly_the_contract_fields() throws Exception {
        Map<String, Object> kupang = JsonParserFactory.getJsonParser().parseMap(body("/api/v1/regions/53.71"));
        assertThat(kupang.keySet()).containsExactlyInAnyOrderElementsOf(FIELDS);
        assertThat(kupang)
                .containsEntry("code", "53.71")
                .containsEntry("name", "Kota Kupang")
                .containsEntry("level", "REGENCY")
                .containsEntry("parentCode", "53")
                .containsEntry("provinceCode", "53")
                .containsEntry("path", List.of(Map.of("code", "53", "name", "Nusa Tenggara Timur")));
        assertThat(((Number) kupang.get("population")).longValue()).isPositive();
        assertThat(((Number) kupang.get("areaKm2")).doubleValue()).isPositive();
    }

    @Test
    void a_province_has_a_null_parent_and_an_empty_path_and_a_village_its_three_ancestors() throws Exception {
        Map<String, Object> ntt = JsonParserFactory.getJsonParser().parseMap(body("/api/v1/regions/53"));
        assertThat(ntt.keySet()).containsExactlyInAnyOrderElementsOf(FIELDS);
        assertThat(ntt)
                .containsEntry("parentCode", null)
                .containsEntry("level", "PROVINCE")
                .containsEntry("path", List.of());
        mvc.perform(get("/api/v1/regions/53.71.03.1010"))
                .andExpect(jsonPath("$.level").value("VILLAGE"))
                .andExpect(jsonPath("$.name").value("Oesapa"))
                .andExpect(jsonPath("$.parentCode").value("53.71.03"))
                .andExpect(jsonPath("$.population").isEmpty())
                .andExpect(jsonPath("$.path[*].code").value(org.hamcrest.Matchers.contains("53", "53.71", "53.71.03")))
                .andExpect(jsonPath("$.path[2].name").value("Kelapa Lima"));
    }

    @Test
    void an_unknown_code_is_404_problem_with_code_region_not_found() throws Exception {
        mvc.perform(get("/api/v1/regions/53.99"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("region.not-found"))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void a_malformed_code_is_400_problem_with_code_region_malformed_code() throws Exception {
        for (String code : List.of("abc", "53.7", "53.71.1", "5371", "53.71.01.10010")) {
            mvc.perform(get("/api/v1/regions/" + code))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("region.malformed-code"))
                    .andExpect(jsonPath("$.detail").isNotEmpty());
        }
        mvc.perform(get("/api/v1/regions?parent=5x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("region.malformed-code"));
        mvc.perform(get("/api/v1/regions?parent=99"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("region.not-found"));
    }

    @Test
    void the_children_of_53_are_its_22_regencies_and_cities_with_kota_kupang() throws Exception {
        List<Map<String, Object>> children = items(body("/api/v1/regions?parent=53"));
        assertThat(children).hasSize(22);
        assertThat(children).allSatisfy(c -> {
            assertThat(c.keySet()).containsExactlyInAnyOrderElementsOf(FIELDS);
            assertThat(c).containsEntry("parentCode", "53").containsEntry("level", "REGENCY");
        });
        assertThat(children)
                .filteredOn(c -> "53.71".equals(c.get("code")))
                .singleElement()
                .satisfies(c -> assertThat(c)
                        .containsEntry("name", "Kota Kupang")
                        .containsEntry("path", List.of(Map.of("code", "53", "name", "Nusa Tenggara Timur"))));
    }

    @Test
    void without_parent_and_q_the_list_is_the_38_provinces() throws Exception {
        assertThat(items(body("/api/v1/regions"))).hasSize(38).allMatch(p -> "PROVINCE".equals(p.get("level")));
        assertThat(items(body("/api/v1/regions?parent="))).hasSize(38);
    }

    @Test
    void q_searches_by_name_best_match_first_with_the_same_fields() throws Exception {
        List<Map<String, Object>> found = items(body("/api/v1/regions?q=kab%20kupang"));
        assertThat(found.getFirst()).containsEntry("code", "53.01").containsEntry("name", "Kabupaten Kupang");
        assertThat(found).allSatisfy(r -> assertThat(r.keySet()).containsExactlyInAnyOrderElementsOf(FIELDS));
        assertThat(items(body("/api/v1/regions?q=53.71")).getFirst()).containsEntry("code", "53.71");
    }

    @Test
    void limit_defaults_to_20_and_is_capped_at_50_and_levels_filter() throws Exception {
        assertThat(items(body("/api/v1/regions?q=ba"))).hasSize(20);
        assertThat(items(body("/api/v1/regions?q=ba&limit=5"))).hasSize(5);
        assertThat(items(body("/api/v1/regions?q=ba&limit=500"))).hasSize(50);
        assertThat(items(body("/api/v1/regions?q=kupang&level=DISTRICT")))
                .isNotEmpty()
                .allMatch(r -> "DISTRICT".equals(r.get("level")));
        assertThat(items(body("/api/v1/regions?q=kupang&maxLevel=REGENCY")))
                .extracting(r -> r.get("code"))
                .containsExactlyInAnyOrder("53.01", "53.71");
        assertThat(items(body("/api/v1/regions?q=kupang&parent=53&limit=50")))
                .allMatch(r -> ((String) r.get("code")).startsWith("53"));
    }

    @Test
    void bad_search_input_is_a_clear_4xx_not_a_500() throws Exception {
        mvc.perform(get("/api/v1/regions").param("q", "x".repeat(10_000)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].code").value("region.query-too-long"));
        mvc.perform(get("/api/v1/regions?q=kupang&level=KAMPUNG"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.malformed"));
    }

    @Test
    void the_openapi_document_describes_the_list_shape() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.RegionList.properties.content")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.Region.properties.parentCode")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/regions/{code}'].get.responses['404']")
                        .exists());
    }
}
