package id.sigap.cases.web;

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

import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseFiles.OpenedCase;
import id.sigap.cases.CaseFixtures;
import id.sigap.cases.internal.db.Tables;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The transfer page picks the receiving agency by region and name (no raw ids), and the receiving agency finds the
 * transfer in its inbox; other agencies, other regions and other roles see nothing of it and cannot decide it.
 */
@IntegrationTest
class TransferInboxIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    Agencies agencies;

    @Autowired
    DSLContext db;

    String tag;
    Agency kupang;
    Agency banjar;
    Agency banjarOther;
    Agency kupangOther;
    SigapUser owner;
    SigapUser receiver;
    SigapUser otherAgencySameRegion;
    SigapUser sameAgencyOtherRegion;
    SigapUser analyst;
    OpenedCase kase;

    @BeforeEach
    void setUp() {
        tag = CaseFixtures.unique("Pindah").replace(' ', '-');
        kupang = agencies.create(NewAgency.of("UPTD PPA Kota Kupang " + tag, AgencyType.UPTD_PPA, "53.71"));
        kupangOther = agencies.create(NewAgency.of("Dinas Sosial Kupang " + tag, AgencyType.UPTD_PPA, "53.71"));
        banjar = agencies.create(NewAgency.of("UPTD PPA Banjarmasin " + tag, AgencyType.UPTD_PPA, "63.71"));
        banjarOther = agencies.create(NewAgency.of("Dinas Sosial Banjarmasin " + tag, AgencyType.UPTD_PPA, "63.71"));
        owner = TestUsers.user(kupang.id(), new Grant(Role.CASE_WORKER, "53.71"));
        receiver = TestUsers.user(banjar.id(), new Grant(Role.CASE_WORKER, "63.71"));
        otherAgencySameRegion = TestUsers.user(banjarOther.id(), new Grant(Role.CASE_WORKER, "63.71"));
        sameAgencyOtherRegion = TestUsers.user(banjar.id(), new Grant(Role.INTAKE_OFFICER, "53.71"));
        analyst = TestUsers.user(banjar.id(), new Grant(Role.ANALYST, "63.71"));
        kase = caseFiles.open(CaseFixtures.newCase(kupang.id(), "53.71"));
    }

    @Test
    void the_owner_finds_the_agency_by_region_and_name_and_the_receiver_accepts_it_from_the_inbox() throws Exception {
        mvc.perform(get("/kasus/{id}/pindah", kase.id()).with(TestUsers.as(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pilih wilayah tujuan")))
                .andExpect(content().string(not(containsString("type=\"number\""))));
        mvc.perform(get("/kasus/{id}/pindah", kase.id())
                        .param("wilayah", "63.71")
                        .param("cari", "uptd ppa banjarmasin " + tag)
                        .with(TestUsers.as(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("UPTD PPA Banjarmasin " + tag)))
                .andExpect(content().string(containsString("value=\"" + banjar.id() + "\"")))
                .andExpect(content().string(not(containsString("Dinas Sosial Banjarmasin " + tag))))
                .andExpect(content().string(not(containsString("Dinas Sosial Kupang " + tag))));
        // all agencies of the region for the tag, none of another region, never the owner itself
        mvc.perform(get("/api/v1/cases/{id}/transfer/agency-choices", kase.id())
                        .param("region", "63")
                        .param("q", tag)
                        .with(TestUsers.as(owner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) banjar.id())))
                .andExpect(jsonPath("$[*].id", hasItem((int) banjarOther.id())))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) kupangOther.id()))));
        mvc.perform(get("/api/v1/cases/{id}/transfer/agency-choices", kase.id())
                        .param("region", "53.71")
                        .param("q", tag)
                        .with(TestUsers.as(owner)))
                .andExpect(jsonPath("$[*].id", hasItem((int) kupangOther.id())))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) kupang.id()))));

        mvc.perform(post("/kasus/{id}/pindah", kase.id())
                        .param("toAgencyId", String.valueOf(banjar.id()))
                        .param("reason", "Korban kembali ke Banjarmasin")
                        .with(csrf())
                        .with(TestUsers.as(owner)))
                .andExpect(redirectedUrl("/kasus/" + kase.id() + "/pindah"));

        mvc.perform(get("/kasus/pindahan-masuk").with(TestUsers.as(receiver)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(kase.caseNumber())))
                .andExpect(content().string(containsString("UPTD PPA Kota Kupang " + tag)))
                .andExpect(content().string(containsString("Kota Banjarmasin")))
                .andExpect(content().string(containsString("Korban kembali ke Banjarmasin")));
        mvc.perform(get("/kasus/pindahan-masuk").param("lang", "en").with(TestUsers.as(receiver)))
                .andExpect(content().string(containsString("Incoming case transfers")));
        mvc.perform(get("/api/v1/transfers/incoming").with(TestUsers.as(receiver)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].caseId", hasItem((int) kase.id())));
        mvc.perform(get("/kasus/{id}/pindah", kase.id()).with(TestUsers.as(receiver)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("UPTD PPA Banjarmasin " + tag)))
                .andExpect(content().string(containsString("Terima pemindahan")));
        mvc.perform(post("/kasus/{id}/pindah/terima", kase.id()).with(csrf()).with(TestUsers.as(receiver)))
                .andExpect(redirectedUrl("/kasus/" + kase.id()));
        mvc.perform(get("/api/v1/transfers/incoming").with(TestUsers.as(receiver)))
                .andExpect(jsonPath("$.content[*].caseId", not(hasItem((int) kase.id()))));
    }

    @Test
    void other_agencies_regions_and_roles_see_nothing_and_cannot_decide() throws Exception {
        mvc.perform(post("/kasus/{id}/pindah", kase.id())
                        .param("toAgencyId", String.valueOf(banjar.id()))
                        .param("reason", "Korban kembali ke Banjarmasin")
                        .with(csrf())
                        .with(TestUsers.as(owner)))
                .andExpect(status().is3xxRedirection());

        for (SigapUser u : new SigapUser[] {otherAgencySameRegion, sameAgencyOtherRegion, owner}) {
            mvc.perform(get("/kasus/pindahan-masuk").with(TestUsers.as(u)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(kase.caseNumber()))));
            mvc.perform(get("/api/v1/transfers/incoming").with(TestUsers.as(u)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].caseId", not(hasItem((int) kase.id()))));
        }
        mvc.perform(get("/kasus/pindahan-masuk").with(TestUsers.as(analyst))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/transfers/incoming").with(TestUsers.as(analyst)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access.denied"));
        for (SigapUser u : new SigapUser[] {otherAgencySameRegion, sameAgencyOtherRegion, analyst}) {
            mvc.perform(post("/kasus/{id}/pindah/terima", kase.id())
                            .with(csrf())
                            .with(TestUsers.as(u)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/cases/{id}/transfer/accept", kase.id())
                            .with(csrf())
                            .with(TestUsers.as(u)))
                    .andExpect(status().isForbidden());
        }
        // the agency search is the owner's: others may not list agencies through a case they cannot write
        mvc.perform(get("/api/v1/cases/{id}/transfer/agency-choices", kase.id())
                        .param("region", "63.71")
                        .with(TestUsers.as(otherAgencySameRegion)))
                .andExpect(status().isForbidden());
        assertThat(db.fetchSingle(Tables.CASE_FILE, Tables.CASE_FILE.ID.eq(kase.id()))
                        .getOwningAgencyId())
                .isEqualTo(kupang.id());
    }

    @Test
    void bad_choices_are_explained_on_the_form_and_nothing_is_requested() throws Exception {
        mvc.perform(get("/kasus/{id}/pindah", kase.id())
                        .param("wilayah", "99.99'--")
                        .with(TestUsers.as(owner)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Wilayah tidak dikenal")));
        mvc.perform(get("/api/v1/cases/{id}/transfer/agency-choices", kase.id())
                        .param("region", "<script>")
                        .with(TestUsers.as(owner)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("transfer.region-unknown"));
        mvc.perform(post("/kasus/{id}/pindah", kase.id())
                        .param("toAgencyId", "999999999")
                        .param("reason", "Alasan")
                        .param("wilayah", "63.71")
                        .with(csrf())
                        .with(TestUsers.as(owner)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Instansi tujuan tidak dikenal")));
        mvc.perform(post("/kasus/{id}/pindah", kase.id())
                        .param("toAgencyId", String.valueOf(banjar.id()))
                        .param("reason", " ")
                        .param("lang", "en")
                        .with(csrf())
                        .with(TestUsers.as(owner)))
                .andExpect(status().isUnprocessableContent());
        Agency national = agencies.create(NewAgency.of("Bareskrim " + tag, AgencyType.UPTD_PPA, null));
        mvc.perform(post("/kasus/{id}/pindah", kase.id())
                        .param("toAgencyId", String.valueOf(national.id()))
                        .param("reason", "Alasan")
                        .with(csrf())
                        .with(TestUsers.as(owner)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("tidak dapat menerima kasus")));
        assertThat(db.fetchCount(Tables.CASE_TRANSFER, Tables.CASE_TRANSFER.CASE_ID.eq(kase.id())))
                .isZero();
    }
}
