package id.sigap.organization.web;

import static id.sigap.organization.OrgFixtures.freshYear;
import static id.sigap.organization.OrgFixtures.pergub;
import static id.sigap.organization.OrgFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyType;
import id.sigap.organization.Member;
import id.sigap.organization.MemberRole;
import id.sigap.organization.NewAgency;
import id.sigap.organization.NewMember;
import id.sigap.organization.NewTaskForce;
import id.sigap.organization.SubTaskForce;
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
import org.springframework.test.web.servlet.MockMvc;

/** Every task-force page renders in both languages, and the member and sub-task-force forms keep history. */
@IntegrationTest
class TaskForcePagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TaskForces taskForces;

    @Autowired
    Agencies agencies;

    final SigapUser secretary = TestUsers.user(Role.TASKFORCE_SECRETARY, "53.71");
    final SigapUser nationalAdmin = TestUsers.user(Role.SYSTEM_ADMIN, null);

    LocalDate year;
    TaskForce tf;
    Agency agency;
    Member member;

    @BeforeEach
    void aTaskForceWithAMember() {
        year = freshYear();
        tf = taskForces.create(new NewTaskForce(
                unique("GT Kupang"),
                null,
                "53.71",
                pergub(year),
                year,
                year.withMonth(12).withDayOfMonth(31)));
        agency = agencies.create(NewAgency.of(unique("Polresta Kupang Kota"), AgencyType.POLICE_UNIT, "53.71"));
        member =
                taskForces.addMember(tf.id(), new NewMember(agency.id(), MemberRole.ANGGOTA, "Kapolresta", year, null));
    }

    @Test
    void all_pages_render_for_an_editor_in_both_languages() throws Exception {
        SubTaskForce sub = taskForces.subTaskForces(tf.id()).getFirst();
        for (String lang : new String[] {"id", "en"}) {
            for (String url : new String[] {
                "/gugus-tugas",
                "/gugus-tugas/baru",
                "/gugus-tugas/" + tf.id(),
                "/gugus-tugas/" + tf.id() + "/ubah",
                "/gugus-tugas/" + tf.id() + "/anggota/baru",
                "/gugus-tugas/" + tf.id() + "/anggota/" + member.id(),
                "/gugus-tugas/" + tf.id() + "/sub/baru",
                "/gugus-tugas/" + tf.id() + "/sub/" + sub.id(),
                "/gugus-tugas/sub-bawaan",
                "/gugus-tugas/status",
                "/instansi",
                "/instansi/" + agency.id()
            }) {
                mvc.perform(get(url).param("lang", lang).with(TestUsers.as(secretary)))
                        .andExpect(status().isOk());
            }
        }
        mvc.perform(get("/instansi/baru").with(TestUsers.as(nationalAdmin))).andExpect(status().isOk());
        mvc.perform(get("/instansi/" + agency.id() + "/ubah")
                        .param("lang", "en")
                        .with(TestUsers.as(nationalAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("New name valid from")));
        mvc.perform(get("/gugus-tugas/" + tf.id()).param("lang", "en").with(TestUsers.as(secretary)))
                .andExpect(content().string(containsString("Member (Anggota)")))
                .andExpect(content().string(containsString("Pengembangan Norma Hukum")));
    }

    @Test
    void changing_a_role_through_the_form_ends_the_old_row_and_starts_a_new_one() throws Exception {
        LocalDate from = year.withMonth(5).withDayOfMonth(1);
        mvc.perform(post("/gugus-tugas/{id}/anggota/{m}/ubah", tf.id(), member.id())
                        .with(TestUsers.as(secretary))
                        .with(csrf())
                        .param("role", "KETUA_HARIAN")
                        .param("positionTitle", "Kapolresta")
                        .param("effectiveFrom", from.toString())
                        .param("version", String.valueOf(member.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(taskForces.members(tf.id()))
                .extracting(Member::role, m -> m.period().to())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MemberRole.ANGGOTA, from.minusDays(1)),
                        org.assertj.core.groups.Tuple.tuple(
                                MemberRole.KETUA_HARIAN, tf.validity().to()));
        // the stale version of the first row is refused with a message on the page
        mvc.perform(post("/gugus-tugas/{id}/anggota/{m}/akhiri", tf.id(), member.id())
                        .with(TestUsers.as(secretary))
                        .with(csrf())
                        .param("lastDay", from.minusDays(5).toString())
                        .param("version", String.valueOf(member.version())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("telah diubah oleh pengguna lain")));
    }

    @Test
    void ending_a_membership_outside_its_period_gets_a_field_message() throws Exception {
        mvc.perform(post("/gugus-tugas/{id}/anggota/{m}/akhiri", tf.id(), member.id())
                        .with(TestUsers.as(secretary))
                        .with(csrf())
                        .param("lastDay", year.minusDays(1).toString())
                        .param("version", String.valueOf(member.version())))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Hari terakhir harus berada di dalam periode")));
    }

    @Test
    void a_sub_task_force_coordinator_is_set_from_a_date_through_the_form() throws Exception {
        SubTaskForce five =
                taskForces.structureOn(tf.id(), year).subTaskForces().get(4);
        mvc.perform(post("/gugus-tugas/{id}/sub/{s}/ubah", tf.id(), five.id())
                        .with(TestUsers.as(secretary))
                        .with(csrf())
                        .param("name", five.name())
                        .param("coordinatingAgencyId", String.valueOf(agency.id()))
                        .param("effectiveFrom", year.plusDays(1).toString())
                        .param("version", String.valueOf(five.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(taskForces
                        .structureOn(tf.id(), year.plusDays(1))
                        .subTaskForces()
                        .get(4)
                        .coordinatingAgencyName())
                .isEqualTo(agency.name());
    }

    @Test
    void only_national_administrators_edit_the_default_sub_task_forces() throws Exception {
        mvc.perform(post("/gugus-tugas/sub-bawaan")
                        .with(TestUsers.as(secretary))
                        .with(csrf())
                        .param("numeral", "XX")
                        .param("name", "Coba")
                        .param("position", "20"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/gugus-tugas/sub-bawaan")
                        .with(TestUsers.as(nationalAdmin))
                        .with(csrf())
                        .param("numeral", "I")
                        .param("name", "Duplikat")
                        .param("position", "1"))
                .andExpect(status().is(422));
        assertThat(taskForces.templates().getFirst().name()).isEqualTo("Pencegahan dan Partisipasi Anak");
    }

    @Test
    void a_national_task_force_is_read_only_by_national_staff() throws Exception {
        var national = taskForces.search(
                new id.sigap.organization.TaskForceQuery(id.sigap.organization.OrgLevel.NATIONAL, null, null),
                id.sigap.security.RegionScope.NATIONAL,
                new id.sigap.shared.PageRequest(0, 1));
        TaskForce pusat = national.content().isEmpty()
                ? taskForces.create(new NewTaskForce(
                        null,
                        null,
                        null,
                        new id.sigap.organization.LegalBasis(
                                "Perpres 69/2008",
                                LocalDate.of(2008, 4, 18),
                                "Presiden",
                                id.sigap.organization.DecreeKind.PERPRES),
                        year,
                        year.withMonth(12).withDayOfMonth(31)))
                : national.content().getFirst();
        mvc.perform(get("/gugus-tugas/{id}", pusat.id()).with(TestUsers.as(secretary)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/taskforces/{id}", pusat.id()).with(TestUsers.as(secretary)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/gugus-tugas/{id}", pusat.id()).with(TestUsers.as(TestUsers.user(Role.AUDITOR, null))))
                .andExpect(status().isOk());
    }
}
