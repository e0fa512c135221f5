package id.sigap.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.AuditEvent;
import id.sigap.shared.AuditEvent.Action;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AuditWebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEventPublisher events;

    final SigapUser kupangAuditor = TestUsers.user(Role.AUDITOR, "53.71");
    final SigapUser nationalAuditor = TestUsers.user(0L, Grant.national(Role.AUDITOR));
    final SigapUser nationalCaseWorker = TestUsers.user(0L, Grant.national(Role.CASE_WORKER));

    String type;
    String inKupang;
    String inKupangDistrict;
    String inKalsel;
    String withoutRegion;

    @BeforeEach
    void entriesInThreePlacesAndNowhere() {
        type = "it-" + UUID.randomUUID();
        inKupang = "k-" + UUID.randomUUID();
        inKupangDistrict = "d-" + UUID.randomUUID();
        inKalsel = "s-" + UUID.randomUUID();
        withoutRegion = "n-" + UUID.randomUUID();
        publish(Action.READ, inKupang, "53.71");
        publish(Action.UPDATE, inKupangDistrict, "53.71.01");
        publish(Action.READ, inKalsel, "63.71");
        publish(Action.LOGIN, withoutRegion, null);
    }

    void publish(Action action, String objectId, String region) {
        events.publishEvent(new AuditEvent(5L, "Petugas.Satu", 3L, action, type, objectId, region, "10.1.2.3", null));
    }

    List<String> apiObjectIds(SigapUser user, String query) throws Exception {
        String json = mvc.perform(
                        get("/api/v1/audit?objectType=" + type + query).with(TestUsers.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(json, "$.content[*].objectId");
    }

    @Test
    void an_auditor_of_kota_kupang_sees_kupang_entries_and_not_kalimantan_selatan_nor_regionless_ones_in_the_api()
            throws Exception {
        assertThat(apiObjectIds(kupangAuditor, ""))
                .containsExactlyInAnyOrder(inKupang, inKupangDistrict)
                .doesNotContain(inKalsel, withoutRegion);
    }

    @Test
    void an_auditor_of_kota_kupang_sees_kupang_entries_and_not_kalimantan_selatan_on_the_page() throws Exception {
        String html = mvc.perform(get("/audit").param("objectType", type).with(TestUsers.as(kupangAuditor)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains(inKupang, inKupangDistrict).doesNotContain(inKalsel, withoutRegion);
        assertThat(html).doesNotContain("audit/verifikasi");
    }

    @Test
    void a_national_auditor_sees_every_region_and_entries_without_one() throws Exception {
        assertThat(apiObjectIds(nationalAuditor, ""))
                .containsExactlyInAnyOrder(inKupang, inKupangDistrict, inKalsel, withoutRegion);
    }

    @Test
    void who_viewed_a_record_in_the_last_month() throws Exception {
        assertThat(apiObjectIds(nationalAuditor, "&action=READ&objectId=" + inKupang))
                .containsExactly(inKupang);
        assertThat(apiObjectIds(nationalAuditor, "&action=READ&objectId=" + inKupangDistrict))
                .isEmpty();
        assertThat(apiObjectIds(nationalAuditor, "&actor=petugas.satu")).hasSize(4);
        assertThat(apiObjectIds(nationalAuditor, "&actor=someone-else")).isEmpty();
    }

    @Test
    void entries_come_newest_first_unless_sorted_otherwise_and_are_paged() throws Exception {
        assertThat(apiObjectIds(nationalAuditor, ""))
                .containsExactly(withoutRegion, inKalsel, inKupangDistrict, inKupang);
        assertThat(apiObjectIds(nationalAuditor, "&sort=time&dir=asc"))
                .containsExactly(inKupang, inKupangDistrict, inKalsel, withoutRegion);
        assertThat(apiObjectIds(nationalAuditor, "&sort=action&dir=asc").getFirst())
                .isEqualTo(withoutRegion);
        mvc.perform(get("/api/v1/audit?objectType=" + type + "&size=3&page=1").with(TestUsers.as(nationalAuditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].objectId").value(inKupang))
                .andExpect(jsonPath("$.totalElements").value(4));
    }

    @Test
    void the_page_links_sorting_and_paging_with_the_search_kept() throws Exception {
        mvc.perform(get("/audit").param("objectType", type).param("size", "2").with(TestUsers.as(nationalAuditor)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "&amp;objectType=" + type + "&amp;sort=time&amp;dir=desc&amp;size=2&amp;page=1")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("aria-sort=\"descending\"")));
    }

    @Test
    void bad_search_input_is_explained_not_failed() throws Exception {
        mvc.perform(get("/api/v1/audit?from=yesterday&action=PEEK").with(TestUsers.as(kupangAuditor)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("from", "action")));
        mvc.perform(get("/api/v1/audit?from=2026-02-02&to=2026-02-01").with(TestUsers.as(kupangAuditor)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/audit?from=2026-02-31").with(TestUsers.as(kupangAuditor)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tanggal tidak valid")));
    }

    @Test
    void people_without_an_audit_role_are_refused_on_the_page_and_the_api() throws Exception {
        mvc.perform(get("/audit").with(TestUsers.as(nationalCaseWorker))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit").with(TestUsers.as(nationalCaseWorker)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access.denied"));
        mvc.perform(post("/api/v1/audit/verify").with(csrf()).with(TestUsers.as(nationalCaseWorker)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/audit/verifikasi").with(csrf()).with(TestUsers.as(nationalCaseWorker)))
                .andExpect(status().isForbidden());
    }

    @Test
    void nobody_signed_in_gets_nothing() throws Exception {
        assertThat(mvc.perform(get("/audit")).andReturn().getResponse().getStatus())
                .isNotEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/audit")).andReturn().getResponse().getStatus())
                .isIn(401, 403);
        assertThat(mvc.perform(post("/api/v1/audit/verify").with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(401, 403);
    }

    @Test
    void a_regional_auditor_may_not_verify_the_whole_chain() throws Exception {
        mvc.perform(post("/api/v1/audit/verify").with(csrf()).with(TestUsers.as(kupangAuditor)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("audit.verify.national-only"));
        mvc.perform(post("/audit/verifikasi").with(csrf()).with(TestUsers.as(kupangAuditor)))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_national_auditor_verifies_the_chain_and_the_verification_is_itself_logged() throws Exception {
        mvc.perform(post("/api/v1/audit/verify").with(csrf()).with(TestUsers.as(nationalAuditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("Log audit utuh")));
        mvc.perform(post("/audit/verifikasi")
                        .with(csrf())
                        .with(TestUsers.as(nationalAuditor))
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-intact=\"true\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Audit log intact")));

        String json = mvc.perform(
                        get("/api/v1/audit?objectType=audit-log&action=READ&actor=" + nationalAuditor.username())
                                .with(TestUsers.as(nationalAuditor)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> details = JsonPath.read(json, "$.content[*].detail");
        assertThat(details).filteredOn(d -> d.startsWith("verify:intact:")).hasSize(2);
    }

    @Test
    void a_refused_search_is_logged() throws Exception {
        mvc.perform(get("/api/v1/audit").with(TestUsers.as(nationalCaseWorker))).andExpect(status().isForbidden());

        String json = mvc.perform(get("/api/v1/audit?objectType=audit-log&action=ACCESS_DENIED&actor="
                                + nationalCaseWorker.username())
                        .with(TestUsers.as(nationalAuditor)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(json, "$.content[*].detail")).containsExactly("access.denied");
    }
}
