package id.sigap.intake.web;

import static id.sigap.audit.internal.db.Tables.ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sigap.cases.CaseFiles;
import id.sigap.intake.Receipt;
import id.sigap.intake.ReportInput;
import id.sigap.intake.Reports;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The triage queue of Kota Kupang: scope, decisions, the public status that follows, and conflicting decisions. */
@IntegrationTest
class TriageIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Reports reports;

    @Autowired
    Agencies agencies;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    org.jooq.DSLContext db;

    final ObjectMapper json = new ObjectMapper();

    String tag;
    SigapUser kupangOfficer;
    Receipt kupang;
    Receipt banjarmasin;

    @BeforeEach
    void reportsInTwoProvinces() {
        tag = "uji" + UUID.randomUUID().toString().substring(0, 8);
        Agency uptd = agencies.create(NewAgency.of("UPTD PPA Kota Kupang " + tag, AgencyType.UPTD_PPA, "53.71"));
        kupangOfficer = TestUsers.user(uptd.id(), new Grant(Role.INTAKE_OFFICER, "53.71"));
        kupang = reports.receivePublic(report("53.71", "Maria " + tag, "<script>alert(1)</script> ditawari kerja"));
        banjarmasin = reports.receivePublic(report("63.71", "Siti " + tag, "Kasus Banjarmasin " + tag));
    }

    static ReportInput report(String region, String name, String text) {
        return new ReportInput(
                null,
                "FAMILY",
                region,
                "MY",
                null,
                name,
                "17",
                "FEMALE",
                List.of("JOB_OFFER_ABROAD", "CHILD_INVOLVED", "IMMEDIATE_DANGER"),
                text,
                null,
                "081234567890",
                true);
    }

    int version(long id) throws Exception {
        String body = mvc.perform(get("/api/v1/reports/{id}", id).with(TestUsers.as(kupangOfficer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body).get("version").asInt();
    }

    String publicStatus(Receipt r) throws Exception {
        String body = mvc.perform(get("/api/v1/reports/status/{code}", r.trackingCode()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body).get("status").asText();
    }

    @Test
    void the_kota_kupang_officer_sees_the_kupang_report_but_not_the_banjarmasin_one() throws Exception {
        mvc.perform(get("/pengaduan").with(TestUsers.as(kupangOfficer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Maria " + tag)))
                .andExpect(content().string(not(containsString("Siti " + tag))))
                .andExpect(content().string(containsString("menunggu")))
                .andExpect(content().string(containsString("<td>Kota Kupang</td>")));
        mvc.perform(get("/api/v1/reports").param("size", "200").with(TestUsers.as(kupangOfficer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", hasItem((int) kupang.reportId())))
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) banjarmasin.reportId()))));
    }

    @Test
    void the_kota_kupang_officer_is_refused_the_banjarmasin_report_in_pages_and_api() throws Exception {
        mvc.perform(get("/pengaduan/{id}", banjarmasin.reportId()).with(TestUsers.as(kupangOfficer)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Siti " + tag))));
        mvc.perform(get("/api/v1/reports/{id}", banjarmasin.reportId()).with(TestUsers.as(kupangOfficer)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access.denied"));
        mvc.perform(post("/pengaduan/{id}/tutup", banjarmasin.reportId())
                        .param("version", "0")
                        .param("reason", "bukan wilayah kami")
                        .with(csrf())
                        .with(TestUsers.as(kupangOfficer)))
                .andExpect(status().isForbidden());
        assertThat(publicStatus(banjarmasin)).isEqualTo("RECEIVED");
    }

    @Test
    void the_officers_report_api_needs_a_sign_in_while_filing_and_status_stay_public() throws Exception {
        mvc.perform(get("/api/v1/reports"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("auth.required"));
        mvc.perform(get("/api/v1/reports/{id}", kupang.reportId())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/reports/status/LPR-AAAA-BBBB-CCCC")).andExpect(status().isNotFound());
    }

    @Test
    void the_report_page_escapes_what_the_public_typed() throws Exception {
        mvc.perform(get("/pengaduan/{id}", kupang.reportId()).with(TestUsers.as(kupangOfficer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        assertThat(publicStatus(kupang)).isEqualTo("IN_TRIAGE");
    }

    @Test
    void closing_needs_a_reason_and_then_shows_on_the_public_status() throws Exception {
        int v = version(kupang.reportId());
        mvc.perform(post("/pengaduan/{id}/tutup", kupang.reportId())
                        .param("version", String.valueOf(v))
                        .param("reason", " ")
                        .with(csrf())
                        .with(TestUsers.as(kupangOfficer)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Alasan wajib diisi")));
        mvc.perform(post("/pengaduan/{id}/tutup", kupang.reportId())
                        .param("version", String.valueOf(v))
                        .param("reason", "Laporan ganda")
                        .with(csrf())
                        .with(TestUsers.as(kupangOfficer)))
                .andExpect(status().is3xxRedirection());
        assertThat(publicStatus(kupang)).isEqualTo("CLOSED");
    }

    @Test
    void a_second_officer_deciding_on_the_same_version_gets_a_409() throws Exception {
        int v = version(kupang.reportId());
        mvc.perform(post("/pengaduan/{id}/teruskan", kupang.reportId())
                        .param("version", String.valueOf(v))
                        .param("forwardRegion", "53.01")
                        .param("reason", "Korban tinggal di Kabupaten Kupang")
                        .with(csrf())
                        .with(TestUsers.as(kupangOfficer)))
                .andExpect(status().is3xxRedirection());
        assertThat(publicStatus(kupang)).isEqualTo("FORWARDED");
        SigapUser nttOfficer = TestUsers.user(0L, new Grant(Role.INTAKE_OFFICER, "53"));
        mvc.perform(post("/pengaduan/{id}/tutup", kupang.reportId())
                        .param("version", String.valueOf(v))
                        .param("reason", "Sudah ditangani")
                        .with(csrf())
                        .with(TestUsers.as(nttOfficer)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("baru saja diputuskan")));
        assertThat(publicStatus(kupang)).isEqualTo("FORWARDED");
    }

    @Test
    void opening_a_case_from_the_report_creates_it_and_the_public_sees_ditangani() throws Exception {
        int v = version(kupang.reportId());
        mvc.perform(post("/pengaduan/{id}/kasus", kupang.reportId())
                        .param("version", String.valueOf(v))
                        .with(csrf())
                        .with(TestUsers.as(kupangOfficer)))
                .andExpect(status().is3xxRedirection());
        String body = mvc.perform(get("/api/v1/reports/{id}", kupang.reportId()).with(TestUsers.as(kupangOfficer)))
                .andExpect(jsonPath("$.status").value("HANDLED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long caseId = json.readTree(body).get("caseId").asLong();
        CaseFiles.CaseSummary summary = caseFiles.summary(caseId).orElseThrow();
        assertThat(summary.regionCode()).isEqualTo("53.71");
        assertThat(summary.owningAgencyId()).isEqualTo(kupangOfficer.agencyId());
        mvc.perform(get("/lapor/status").param("kode", kupang.trackingCode()))
                .andExpect(content().string(containsString("Ditangani")));
    }

    @Test
    void a_second_report_is_attached_to_the_case_of_the_first_but_never_to_a_case_outside_the_scope() throws Exception {
        CaseFiles.OpenedCase opened = caseFiles.open(
                new CaseFiles.NewCase(kupangOfficer.agencyId(), "53.71", "Kasus " + tag, null, null, true, true));
        Agency other = agencies.create(NewAgency.of("UPTD PPA Banjarmasin " + tag, AgencyType.UPTD_PPA, "63.71"));
        CaseFiles.OpenedCase elsewhere = caseFiles.open(
                new CaseFiles.NewCase(other.id(), "63.71", "Kasus lain " + tag, null, null, false, false));
        int v = version(kupang.reportId());
        mvc.perform(post("/pengaduan/{id}/gabung", kupang.reportId())
                        .param("version", String.valueOf(v))
                        .param("caseId", String.valueOf(elsewhere.id()))
                        .with(csrf())
                        .with(TestUsers.as(kupangOfficer)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Kasus tidak ditemukan di wilayah Anda")));
        mvc.perform(post("/pengaduan/{id}/gabung", kupang.reportId())
                        .param("version", String.valueOf(v))
                        .param("caseId", String.valueOf(opened.id()))
                        .with(csrf())
                        .with(TestUsers.as(kupangOfficer)))
                .andExpect(status().is3xxRedirection());
        assertThat(publicStatus(kupang)).isEqualTo("HANDLED");
        mvc.perform(get("/api/v1/reports/{id}", kupang.reportId()).with(TestUsers.as(kupangOfficer)))
                .andExpect(jsonPath("$.caseId").value(opened.id()));
    }

    @Test
    void reading_a_report_and_deciding_on_it_are_in_the_audit_log() throws Exception {
        int v = version(kupang.reportId());
        mvc.perform(post("/pengaduan/{id}/tutup", kupang.reportId())
                        .param("version", String.valueOf(v))
                        .param("reason", "Bukan perdagangan orang")
                        .with(csrf())
                        .with(TestUsers.as(kupangOfficer)))
                .andExpect(status().is3xxRedirection());
        // read straight from the audit table: intake has no API dependency on the audit module
        List<String> actions = db.select(ENTRY.ACTION)
                .from(ENTRY)
                .where(ENTRY.OBJECT_TYPE.eq("report").and(ENTRY.OBJECT_ID.eq(String.valueOf(kupang.reportId()))))
                .fetch(ENTRY.ACTION);
        assertThat(actions).contains("CREATE", "READ", "UPDATE");
    }

    @Test
    void an_unknown_case_worker_is_a_field_message_and_no_case_is_opened() throws Exception {
        int v = version(kupang.reportId());
        mvc.perform(post("/pengaduan/{id}/kasus", kupang.reportId())
                        .param("version", String.valueOf(v))
                        .param("caseWorker", "tidak-ada-" + tag)
                        .with(csrf())
                        .with(TestUsers.as(kupangOfficer)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Pengguna tidak ditemukan")));
        assertThat(publicStatus(kupang)).isEqualTo("IN_TRIAGE");
    }

    @Test
    void the_report_page_hints_at_a_person_with_a_similar_name_registered_in_a_case_of_the_region() throws Exception {
        CaseFiles.OpenedCase earlier = caseFiles.open(new CaseFiles.NewCase(
                kupangOfficer.agencyId(), "53.71", "Kasus polisi " + tag, null, null, false, true));
        SigapUser caseWorker = TestUsers.user(kupangOfficer.agencyId(), new Grant(Role.CASE_WORKER, "53.71"));
        mvc.perform(post("/api/v1/cases/{id}/persons", earlier.id())
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(java.util.Map.of(
                                "role", "VICTIM", "fullName", "Maria " + tag, "sex", "F", "regionCode", "53.71")))
                        .with(csrf())
                        .with(TestUsers.as(caseWorker)))
                .andExpect(status().isCreated());
        mvc.perform(get("/pengaduan/{id}", kupang.reportId()).with(TestUsers.as(kupangOfficer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(earlier.caseNumber())));
    }

    @Test
    void an_officer_records_a_hotline_report_in_scope_and_is_refused_outside_it() throws Exception {
        mvc.perform(post("/pengaduan")
                        .param("channel", "HOTLINE_SAPA129")
                        .param("reporterType", "NEIGHBOUR")
                        .param("regionCode", "53.71")
                        .param("description", "Telepon SAPA 129 " + tag)
                        .with(csrf())
                        .with(TestUsers.as(kupangOfficer)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/pengaduan/*"));
        mvc.perform(post("/pengaduan")
                        .param("channel", "HOTLINE_SAPA129")
                        .param("regionCode", "63.71")
                        .param("description", "Di luar wilayah " + tag)
                        .with(csrf())
                        .with(TestUsers.as(kupangOfficer)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/pengaduan/baru").with(TestUsers.as(TestUsers.user(Role.ANALYST, "53.71"))))
                .andExpect(status().isForbidden());
    }
}
