package id.sigap.organization.web;

import static id.sigap.organization.OrgFixtures.freshYear;
import static id.sigap.organization.OrgFixtures.pergub;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.sigap.organization.NewTaskForce;
import id.sigap.organization.TaskForce;
import id.sigap.organization.TaskForces;
import id.sigap.region.RegionRef;
import id.sigap.region.Regions;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Formation status on a constructed date: counts, list, and the province map with Kemendagri codes. */
@IntegrationTest
class FormationIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TaskForces taskForces;

    @Autowired
    Regions regions;

    /** Any signed-in staff member may see formation status nationally. */
    final SigapUser kupangIntake = TestUsers.user(Role.INTAKE_OFFICER, "53.71");

    TaskForce tf(String region, LocalDate from, LocalDate to) {
        return taskForces.create(new NewTaskForce(null, null, region, pergub(from), from, to));
    }

    @Test
    void counts_the_provinces_and_regencies_with_a_task_force_valid_on_the_date() throws Exception {
        LocalDate y = freshYear();
        LocalDate d = y.withMonth(6).withDayOfMonth(15);
        LocalDate end = y.withMonth(12).withDayOfMonth(31);
        TaskForce ntt = tf("53", y, end);
        tf("63", y, d); // last day is d: still counts
        tf("53.71", d, end); // first day is d: counts
        tf("63.71", y, end);
        tf("65", y, d.minusDays(1)); // ended the day before: does not count
        tf("32.73", d.plusDays(1), end); // starts the day after: does not count

        mvc.perform(get("/api/v1/taskforces/formation")
                        .param("date", d.toString())
                        .with(TestUsers.as(kupangIntake)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value(d.toString()))
                .andExpect(jsonPath("$.provinces.formed").value(2))
                .andExpect(jsonPath("$.provinces.total").value(38))
                .andExpect(jsonPath("$.regencies.formed").value(2))
                .andExpect(jsonPath("$.regencies.total").value(514))
                .andExpect(
                        jsonPath("$.items[?(@.regionCode=='53')].taskForceId").value((int) ntt.id()))
                .andExpect(jsonPath("$.items[?(@.regionCode=='53')].level").value("PROVINCE"))
                .andExpect(jsonPath("$.items[?(@.regionCode=='53.71')].formed").value(true))
                .andExpect(jsonPath("$.items[?(@.regionCode=='65')].formed").value(false))
                .andExpect(jsonPath("$.items[?(@.regionCode=='32.73')].formed").value(false));

        mvc.perform(get("/api/v1/taskforces/formation")
                        .param("date", d.toString())
                        .param("province", "53")
                        .with(TestUsers.as(kupangIntake)))
                .andExpect(jsonPath("$.items[0].regionCode").value("53"))
                .andExpect(jsonPath("$.items[?(@.regionCode=='63')]").isEmpty());

        mvc.perform(get("/gugus-tugas/status").param("tanggal", d.toString()).with(TestUsers.as(kupangIntake)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">2/38<")))
                .andExpect(content().string(containsString(">2/514<")))
                .andExpect(content().string(containsString("Indonesia GeoJSON &amp; TopoJSON Maps (38 Provinces)")))
                .andExpect(content().string(containsString("/dist/leaflet.js")))
                .andExpect(content()
                        .string(containsString(
                                "data-formation-map=\"/api/v1/taskforces/formation/map.geojson?date=" + d)))
                .andExpect(content().string(not(containsString("Kota Kupang"))));
        mvc.perform(get("/gugus-tugas/status")
                        .param("tanggal", d.toString())
                        .param("provinsi", "53")
                        .with(TestUsers.as(kupangIntake)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kota Kupang")))
                .andExpect(content().string(not(containsString("Kota Banjarmasin"))));
    }

    @Test
    void the_map_carries_kemendagri_codes_including_the_six_papua_provinces() throws Exception {
        LocalDate y = freshYear();
        TaskForce papuaTengah = tf("94", y, y.withMonth(12).withDayOfMonth(31));
        String json = mvc.perform(get("/api/v1/taskforces/formation/map.geojson")
                        .param("date", y.toString())
                        .with(TestUsers.as(kupangIntake)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features.length()").value(38))
                .andExpect(jsonPath("$.features[?(@.properties.name=='Papua Tengah')].properties.code")
                        .value("94"))
                .andExpect(jsonPath("$.features[?(@.properties.name=='Papua Tengah')].properties.formed")
                        .value(true))
                .andExpect(jsonPath("$.features[?(@.properties.name=='Papua Tengah')].properties.taskForceId")
                        .value((int) papuaTengah.id()))
                .andExpect(jsonPath("$.features[?(@.properties.name=='Papua Selatan')].properties.code")
                        .value("93"))
                .andExpect(jsonPath("$.features[?(@.properties.name=='Papua Pegunungan')].properties.code")
                        .value("95"))
                .andExpect(jsonPath("$.features[?(@.properties.name=='Papua Barat Daya')].properties.code")
                        .value("96"))
                .andExpect(jsonPath("$.features[?(@.properties.name=='Papua')].properties.formed")
                        .value(false))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> codes = JsonPath.read(json, "$.features[*].properties.code");
        assertThat(codes)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(
                        regions.provinces().stream().map(RegionRef::code).toList());
    }

    @Test
    void a_bad_date_is_a_bad_request_not_a_server_error() throws Exception {
        mvc.perform(get("/api/v1/taskforces/formation")
                        .param("date", "31-12-2024")
                        .with(TestUsers.as(kupangIntake)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.malformed"));
        mvc.perform(get("/gugus-tugas/status").param("tanggal", "kemarin").with(TestUsers.as(kupangIntake)))
                .andExpect(status().isBadRequest());
    }
}
