package id.sigap.organization.web;

import static id.sigap.organization.OrgFixtures.freshYear;
import static id.sigap.organization.OrgFixtures.pergub;
import static id.sigap.organization.OrgFixtures.unique;
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

import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyChange;
import id.sigap.organization.AgencyType;
import id.sigap.organization.MemberRole;
import id.sigap.organization.NewAgency;
import id.sigap.organization.NewMember;
import id.sigap.organization.NewTaskForce;
import id.sigap.organization.TaskForce;
import id.sigap.organization.TaskForces;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Task forces in pages and JSON: scope, edit rights, overlapping memberships, structure on a past date. */
@IntegrationTest
class TaskForceWebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TaskForces taskForces;

    @Autowired
    Agencies agencies;

    LocalDate year;
    TaskForce kupang;
    TaskForce banjarmasin;
    Agency dinsos;

    final SigapUser kupangCaseWorker = TestUsers.user(Role.CASE_WORKER, "53.71");
    final SigapUser kupangSecretary = TestUsers.user(Role.TASKFORCE_SECRETARY, "53.71");
    final SigapUser nttAnalyst = TestUsers.user(Role.ANALYST, "53");

    @BeforeEach
    void taskForcesInTwoProvinces() {
        year = freshYear();
        LocalDate end = year.withMonth(12).withDayOfMonth(31);
        kupang = taskForces.create(new NewTaskForce(unique("GT Kota Kupang"), null, "53.71", pergub(year), year, end));
        banjarmasin =
                taskForces.create(new NewTaskForce(unique("GT Banjarmasin"), null, "63.71", pergub(year), year, end));
        dinsos = agencies.create(
                NewAgency.of(unique("Dinas Sosial Kota Kupang"), AgencyType.SOCIAL_SERVICE_SHELTER, "53.71"));
    }

    @Test
    void a_kota_kupang_user_sees_the_kupang_task_force_but_not_the_banjarmasin_one() throws Exception {
        mvc.perform(get("/api/v1/taskforces")
                        .param("date", year.plusDays(5).toString())
                        .param("size", "200")
                        .with(TestUsers.as(kupangCaseWorker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", hasItem((int) kupang.id())))
                .andExpect(jsonPath("$.content[*].regionCode", not(hasItem("63.71"))));
        mvc.perform(get("/gugus-tugas")
                        .param("tanggal", year.plusDays(5).toString())
                        .with(TestUsers.as(kupangCaseWorker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(kupang.name())))
                .andExpect(content().string(not(containsString(banjarmasin.name()))));
        mvc.perform(get("/api/v1/taskforces/{id}", kupang.id()).with(TestUsers.as(kupangCaseWorker)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/taskforces/{id}", banjarmasin.id()).with(TestUsers.as(kupangCaseWorker)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access.denied"));
        mvc.perform(get("/gugus-tugas/{id}", banjarmasin.id()).with(TestUsers.as(kupangCaseWorker)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString(banjarmasin.name()))));
        mvc.perform(get("/api/v1/taskforces/{id}/members", banjarmasin.id()).with(TestUsers.as(kupangCaseWorker)))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_province_user_sees_the_task_forces_of_its_regencies() throws Exception {
        mvc.perform(get("/gugus-tugas/{id}", kupang.id()).with(TestUsers.as(nttAnalyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(kupang.name())));
        mvc.perform(get("/api/v1/taskforces/{id}", kupang.id()).with(TestUsers.as(nttAnalyst)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/taskforces/{id}", banjarmasin.id()).with(TestUsers.as(nttAnalyst)))
                .andExpect(status().isForbidden());
    }

    @Test
    void only_secretaries_and_administrators_of_the_region_change_a_task_force() throws Exception {
        String body = "{\"agencyId\":" + dinsos.id() + ",\"role\":\"ANGGOTA\",\"validFrom\":\"" + year + "\"}";
        mvc.perform(post("/api/v1/taskforces/{id}/members", kupang.id())
                        .with(TestUsers.as(kupangCaseWorker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(get("/gugus-tugas/{id}/anggota/baru", kupang.id()).with(TestUsers.as(kupangCaseWorker)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/taskforces/{id}/members", banjarmasin.id())
                        .with(TestUsers.as(kupangSecretary))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/gugus-tugas/{id}/anggota", banjarmasin.id())
                        .with(TestUsers.as(kupangSecretary))
                        .with(csrf())
                        .param("agencyId", String.valueOf(dinsos.id()))
                        .param("role", "ANGGOTA")
                        .param("validFrom", year.toString()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/taskforces/{id}/members", kupang.id())
                        .with(TestUsers.as(kupangSecretary))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.agencyName").value(dinsos.name()));
        mvc.perform(post("/gugus-tugas")
                        .with(TestUsers.as(kupangSecretary))
                        .with(csrf())
                        .param("regionCode", "63.71")
                        .param("kind", "PERWAL")
                        .param("decreeNumber", "1")
                        .param("decreeDate", year.toString())
                        .param("issuer", "Wali Kota")
                        .param("validFrom", year.toString()))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_overlapping_membership_is_refused_in_the_api_and_the_form_and_nothing_is_saved() throws Exception {
        taskForces.addMember(kupang.id(), new NewMember(dinsos.id(), MemberRole.ANGGOTA, null, year, null));
        String overlapping = year.withMonth(3).withDayOfMonth(1).toString();
        mvc.perform(post("/api/v1/taskforces/{id}/members", kupang.id())
                        .with(TestUsers.as(kupangSecretary))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"agencyId\":" + dinsos.id() + ",\"role\":\"KETUA\",\"validFrom\":\"" + overlapping
                                + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("taskforce.member-overlap"));
        mvc.perform(post("/gugus-tugas/{id}/anggota", kupang.id())
                        .with(TestUsers.as(kupangSecretary))
                        .with(csrf())
                        .param("agencyId", String.valueOf(dinsos.id()))
                        .param("role", "KETUA")
                        .param("validFrom", overlapping))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("tumpang tindih")));
        assertThat(taskForces.members(kupang.id())).hasSize(1);
    }

    @Test
    void the_structure_on_a_past_date_shows_the_old_member_and_agency_name() throws Exception {
        String oldName = dinsos.name();
        taskForces.addMember(kupang.id(), new NewMember(dinsos.id(), MemberRole.SEKRETARIS, null, year, null));
        String newName = unique("Dinas Sosial P3A Kota Kupang");
        agencies.update(
                dinsos.id(),
                new AgencyChange(
                        newName,
                        null,
                        dinsos.type(),
                        null,
                        "53.71",
                        null,
                        null,
                        year.withMonth(6).withDayOfMonth(1),
                        dinsos.version()));
        String before = year.withMonth(2).withDayOfMonth(1).toString();
        mvc.perform(get("/api/v1/taskforces/{id}", kupang.id())
                        .param("date", before)
                        .with(TestUsers.as(kupangCaseWorker)))
                .andExpect(jsonPath("$.formed").value(true))
                .andExpect(jsonPath("$.members[0].agencyName").value(oldName))
                .andExpect(jsonPath("$.members[0].role").value("SEKRETARIS"))
                .andExpect(jsonPath("$.subTaskForces.length()").value(6));
        mvc.perform(get("/gugus-tugas/{id}", kupang.id())
                        .param("tanggal", before)
                        .with(TestUsers.as(kupangCaseWorker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(oldName)));
        mvc.perform(get("/api/v1/taskforces/{id}", kupang.id())
                        .param("date", year.withMonth(7).toString())
                        .with(TestUsers.as(kupangCaseWorker)))
                .andExpect(jsonPath("$.members[0].agencyName").value(newName));
    }

    @Test
    void a_secretary_forms_a_task_force_through_the_form() throws Exception {
        LocalDate y = freshYear();
        mvc.perform(post("/gugus-tugas")
                        .with(TestUsers.as(kupangSecretary))
                        .with(csrf())
                        .param("regionCode", "53.71")
                        .param("kind", "PERWAL")
                        .param("decreeNumber", "Perwal 7/" + y.getYear())
                        .param("decreeDate", y.toString())
                        .param("issuer", "Wali Kota Kupang")
                        .param("validFrom", y.toString())
                        .param("validTo", y.withMonth(12).withDayOfMonth(31).toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/gugus-tugas/*"));
        mvc.perform(post("/gugus-tugas")
                        .with(TestUsers.as(kupangSecretary))
                        .with(csrf())
                        .param("regionCode", "53.71")
                        .param("kind", "PERWAL")
                        .param("decreeNumber", "x")
                        .param("decreeDate", y.toString())
                        .param("issuer", "Wali Kota Kupang")
                        .param("validFrom", y.withMonth(5).toString()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("sudah memiliki gugus tugas")));
        mvc.perform(post("/gugus-tugas")
                        .with(TestUsers.as(kupangSecretary))
                        .with(csrf())
                        .param("regionCode", "53.71")
                        .param("kind", "")
                        .param("decreeDate", "kemarin"))
                .andExpect(status().is(422));
    }
}
