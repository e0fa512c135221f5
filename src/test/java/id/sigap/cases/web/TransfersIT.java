package id.sigap.cases.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseFiles.OpenedCase;
import id.sigap.cases.CaseFixtures;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Transfer of a case from a Kupang agency to a Banjarmasin agency: request, decline needs a reason, accept. */
@IntegrationTest
class TransfersIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    Agencies agencies;

    Agency kupang;
    Agency banjar;
    SigapUser owner;
    SigapUser nationalOfOwner;
    SigapUser receiver;
    SigapUser receiverOutOfScope;
    OpenedCase kase;

    @BeforeEach
    void setUp() {
        kupang = CaseFixtures.agency(agencies, "53.71");
        banjar = CaseFixtures.agency(agencies, "63.71");
        owner = TestUsers.user(kupang.id(), new Grant(Role.CASE_WORKER, "53.71"));
        nationalOfOwner = TestUsers.user(kupang.id(), new Grant(Role.CASE_WORKER, null));
        receiver = TestUsers.user(banjar.id(), new Grant(Role.CASE_WORKER, "63.71"));
        receiverOutOfScope = TestUsers.user(banjar.id(), new Grant(Role.CASE_WORKER, "53.71"));
        kase = caseFiles.open(CaseFixtures.newCase(kupang.id(), "53.71"));
    }

    @Test
    void a_transfer_is_requested_then_accepted_by_the_receiving_agency() throws Exception {
        mvc.perform(post("/api/v1/cases/{id}/transfer", kase.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toAgencyId\":" + banjar.id() + "}")
                        .with(csrf())
                        .with(TestUsers.as(owner)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("transfer.reason-required"));
        mvc.perform(post("/kasus/{id}/pindah", kase.id())
                        .param("toAgencyId", String.valueOf(banjar.id()))
                        .param("reason", "Korban pulang ke Banjarmasin")
                        .with(csrf())
                        .with(TestUsers.as(owner)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/kasus/{id}", kase.id()).with(TestUsers.as(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Menunggu pemindahan")));
        mvc.perform(get("/api/v1/cases/{id}/transfer", kase.id()).with(TestUsers.as(receiver)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.targetRegionCode").value("63.71"));
        mvc.perform(get("/kasus/{id}", kase.id()).with(TestUsers.as(receiver))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/cases/{id}/transfer/accept", kase.id())
                        .with(csrf())
                        .with(TestUsers.as(owner)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/cases/{id}/transfer/accept", kase.id())
                        .with(csrf())
                        .with(TestUsers.as(receiverOutOfScope)))
                .andExpect(status().isForbidden());

        mvc.perform(get("/kasus/{id}/pindah", kase.id()).with(TestUsers.as(receiver)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Terima pemindahan")));
        mvc.perform(post("/kasus/{id}/pindah/terima", kase.id()).with(csrf()).with(TestUsers.as(receiver)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/cases/{id}", kase.id()).with(TestUsers.as(receiver)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseFile.owningAgencyId").value(banjar.id()))
                .andExpect(jsonPath("$.caseFile.regionCode").value("63.71"));
        mvc.perform(post("/api/v1/cases/{id}/notes", kase.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"Catatan\"}")
                        .with(csrf())
                        .with(TestUsers.as(owner)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/kasus/{id}/catatan", kase.id())
                        .param("body", "Catatan")
                        .with(csrf())
                        .with(TestUsers.as(owner)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/cases/{id}/notes", kase.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"Catatan nasional\"}")
                        .with(csrf())
                        .with(TestUsers.as(nationalOfOwner)))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/cases/{id}/notes", kase.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"Catatan penerima\"}")
                        .with(csrf())
                        .with(TestUsers.as(receiver)))
                .andExpect(status().isCreated());
    }

    @Test
    void a_decline_needs_a_reason() throws Exception {
        mvc.perform(post("/api/v1/cases/{id}/transfer", kase.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toAgencyId\":" + banjar.id() + ",\"reason\":\"Pindah domisili\"}")
                        .with(csrf())
                        .with(TestUsers.as(owner)))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/cases/{id}/transfer", kase.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toAgencyId\":" + banjar.id() + ",\"reason\":\"Lagi\"}")
                        .with(csrf())
                        .with(TestUsers.as(owner)))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/cases/{id}/transfer/decline", kase.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"  \"}")
                        .with(csrf())
                        .with(TestUsers.as(receiver)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("transfer.reason-required"));
        mvc.perform(post("/api/v1/cases/{id}/transfer/decline", kase.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Bukan wilayah kami\"}")
                        .with(csrf())
                        .with(TestUsers.as(receiver)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECLINED"));
        mvc.perform(get("/api/v1/cases/{id}", kase.id()).with(TestUsers.as(owner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseFile.owningAgencyId").value(kupang.id()));
        mvc.perform(get("/api/v1/cases/{id}/transfer", kase.id()).with(TestUsers.as(owner)))
                .andExpect(status().isNotFound());
    }
}
