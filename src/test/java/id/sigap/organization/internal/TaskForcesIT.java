package id.sigap.organization.internal;

import static id.sigap.organization.OrgFixtures.freshYear;
import static id.sigap.organization.OrgFixtures.pergub;
import static id.sigap.organization.OrgFixtures.unique;
import static id.sigap.organization.internal.db.Tables.TASK_FORCE_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyChange;
import id.sigap.organization.AgencyType;
import id.sigap.organization.Member;
import id.sigap.organization.MemberRole;
import id.sigap.organization.NewAgency;
import id.sigap.organization.NewMember;
import id.sigap.organization.NewTaskForce;
import id.sigap.organization.Structure;
import id.sigap.organization.SubTaskForce;
import id.sigap.organization.TaskForce;
import id.sigap.organization.TaskForces;
import id.sigap.shared.AuditEvent;
import id.sigap.shared.SigapException;
import id.sigap.support.IntegrationTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class TaskForcesIT {

    @Autowired
    TaskForces taskForces;

    @Autowired
    Agencies agencies;

    @Autowired
    DSLContext db;

    @Autowired
    ApplicationEvents events;

    TaskForce yearLong(String region, LocalDate jan1) {
        return taskForces.create(new NewTaskForce(
                null, null, region, pergub(jan1), jan1, jan1.withMonth(12).withDayOfMonth(31)));
    }

    @Test
    void a_new_task_force_gets_the_six_default_sub_task_forces_and_a_name() {
        LocalDate y = freshYear();
        TaskForce tf = yearLong("53.71", y);
        assertThat(tf.name()).isEqualTo("Gugus Tugas PP-TPPO Kota Kupang");
        assertThat(taskForces.structureOn(tf.id(), y.plusDays(10)).subTaskForces())
                .extracting(SubTaskForce::numeral)
                .containsExactly("I", "II", "III", "IV", "V", "VI");
        assertThat(taskForces.subTaskForces(tf.id()).get(3).name()).isEqualTo("Pengembangan Norma Hukum");
    }

    @Test
    void overlapping_membership_periods_of_one_agency_are_refused_and_nothing_is_saved() {
        LocalDate y = freshYear();
        TaskForce tf = yearLong("53.71", y);
        Agency dinsos =
                agencies.create(NewAgency.of(unique("Dinsos Kota Kupang"), AgencyType.SOCIAL_SERVICE_SHELTER, "53.71"));
        taskForces.addMember(
                tf.id(),
                new NewMember(
                        dinsos.id(), MemberRole.ANGGOTA, null, y, y.withMonth(6).withDayOfMonth(30)));

        assertThatThrownBy(() -> taskForces.addMember(
                        tf.id(),
                        new NewMember(
                                dinsos.id(),
                                MemberRole.SEKRETARIS,
                                null,
                                y.withMonth(6).withDayOfMonth(30),
                                null)))
                .isInstanceOf(SigapException.Conflict.class)
                .hasMessage("taskforce.member-overlap");
        assertThat(taskForces.members(tf.id())).hasSize(1);

        taskForces.addMember(
                tf.id(),
                new NewMember(
                        dinsos.id(), MemberRole.SEKRETARIS, null, y.withMonth(7).withDayOfMonth(1), null));
        assertThat(taskForces.members(tf.id())).hasSize(2);
    }

    @Test
    void the_database_refuses_overlapping_memberships_too() {
        LocalDate y = freshYear();
        TaskForce tf = yearLong("53.71", y);
        Agency a = agencies.create(NewAgency.of(unique("Kejari Kupang"), AgencyType.PROSECUTOR, "53.71"));
        taskForces.addMember(tf.id(), new NewMember(a.id(), MemberRole.ANGGOTA, null, y, null));
        assertThatThrownBy(() -> db.insertInto(TASK_FORCE_MEMBER)
                        .set(TASK_FORCE_MEMBER.TASK_FORCE_ID, tf.id())
                        .set(TASK_FORCE_MEMBER.AGENCY_ID, a.id())
                        .set(TASK_FORCE_MEMBER.ROLE, "KETUA")
                        .set(TASK_FORCE_MEMBER.VALID_FROM, y.plusDays(40))
                        .set(TASK_FORCE_MEMBER.CREATED_AT, OffsetDateTime.now())
                        .set(TASK_FORCE_MEMBER.UPDATED_AT, OffsetDateTime.now())
                        .execute())
                .hasMessageContaining("task_force_member_no_overlap");
    }

    @Test
    void the_structure_on_a_past_date_shows_the_member_role_and_agency_name_of_that_date() {
        LocalDate y = freshYear();
        TaskForce tf = yearLong("53", y);
        String oldName = unique("BP3MI Nusa Tenggara Timur");
        String newName = unique("Balai Pelayanan Pelindungan Pekerja Migran Indonesia NTT");
        Agency bp3mi = agencies.create(NewAgency.of(oldName, AgencyType.KP2MI_BP3MI, "53"));
        Member m =
                taskForces.addMember(tf.id(), new NewMember(bp3mi.id(), MemberRole.ANGGOTA, "Kepala Balai", y, null));
        taskForces.changeMember(
                m.id(), MemberRole.KETUA_HARIAN, "Kepala Balai", y.withMonth(4).withDayOfMonth(1), m.version());
        agencies.update(
                bp3mi.id(),
                new AgencyChange(
                        newName,
                        null,
                        bp3mi.type(),
                        null,
                        "53",
                        null,
                        null,
                        y.withMonth(8).withDayOfMonth(1),
                        bp3mi.version()));

        Structure feb = taskForces.structureOn(tf.id(), y.withMonth(2).withDayOfMonth(1));
        assertThat(feb.members()).singleElement().satisfies(x -> {
            assertThat(x.role()).isEqualTo(MemberRole.ANGGOTA);
            assertThat(x.agencyName()).isEqualTo(oldName);
        });
        Structure may = taskForces.structureOn(tf.id(), y.withMonth(5).withDayOfMonth(1));
        assertThat(may.members()).singleElement().satisfies(x -> {
            assertThat(x.role()).isEqualTo(MemberRole.KETUA_HARIAN);
            assertThat(x.agencyName()).isEqualTo(oldName);
        });
        Structure sep = taskForces.structureOn(tf.id(), y.withMonth(9).withDayOfMonth(1));
        assertThat(sep.members()).singleElement().extracting(Member::agencyName).isEqualTo(newName);
        assertThat(taskForces.structureOn(tf.id(), y.minusDays(1)).formed()).isFalse();
        // history kept: the ANGGOTA row was ended, not rewritten
        assertThat(taskForces.members(tf.id()))
                .extracting(x -> x.period().to())
                .containsExactly(
                        y.withMonth(3).withDayOfMonth(31), y.withMonth(12).withDayOfMonth(31));
    }

    @Test
    void a_new_decree_ends_the_open_ended_task_force_of_the_region_the_day_before() {
        LocalDate y = freshYear();
        TaskForce old = taskForces.create(new NewTaskForce(null, null, "65.02", pergub(y), y, null));
        Agency a = agencies.create(NewAgency.of(unique("Polres Malinau"), AgencyType.POLICE_UNIT, "65.02"));
        taskForces.addMember(old.id(), new NewMember(a.id(), MemberRole.ANGGOTA, null, y, null));
        LocalDate next = y.withMonth(7).withDayOfMonth(1);
        taskForces.create(new NewTaskForce(
                null, null, "65.02", pergub(next), next, next.withMonth(12).withDayOfMonth(31)));

        TaskForce ended = taskForces.require(old.id());
        assertThat(ended.validity().to()).isEqualTo(next.minusDays(1));
        assertThat(taskForces.members(old.id()))
                .singleElement()
                .extracting(x -> x.period().to())
                .isEqualTo(next.minusDays(1));
        assertThat(taskForces.subTaskForces(old.id()))
                .allSatisfy(s -> assertThat(s.period().to()).isEqualTo(next.minusDays(1)));
    }

    @Test
    void overlapping_task_forces_of_one_region_are_refused() {
        LocalDate y = freshYear();
        yearLong("65.03", y);
        assertThatThrownBy(() -> taskForces.create(new NewTaskForce(
                        null, null, "65.03", pergub(y), y.withMonth(12).withDayOfMonth(31), null)))
                .isInstanceOf(SigapException.Conflict.class)
                .hasMessage("taskforce.overlap");
    }

    @Test
    void members_must_lie_within_the_task_force_period_and_come_from_its_region() {
        LocalDate y = freshYear();
        TaskForce tf = yearLong("53.71", y);
        Agency kupang = agencies.create(NewAgency.of(unique("RSUD Kupang"), AgencyType.HOSPITAL_HEALTH, "53.71"));
        Agency banjarmasin =
                agencies.create(NewAgency.of(unique("RSUD Banjarmasin"), AgencyType.HOSPITAL_HEALTH, "63.71"));
        assertThatThrownBy(() -> taskForces.addMember(
                        tf.id(), new NewMember(kupang.id(), MemberRole.ANGGOTA, null, y.minusDays(1), null)))
                .isInstanceOfSatisfying(
                        SigapException.Invalid.class,
                        e -> assertThat(e.problems().getFirst().code()).isEqualTo("taskforce.outside-period"));
        // without an end, a membership ends with its task force
        assertThat(taskForces
                        .addMember(tf.id(), new NewMember(kupang.id(), MemberRole.ANGGOTA, null, y, null))
                        .period()
                        .to())
                .isEqualTo(tf.validity().to());
        assertThatThrownBy(() -> taskForces.addMember(
                        tf.id(), new NewMember(banjarmasin.id(), MemberRole.ANGGOTA, null, y, y.plusDays(3))))
                .isInstanceOfSatisfying(
                        SigapException.Invalid.class,
                        e -> assertThat(e.problems().getFirst().code()).isEqualTo("taskforce.agency-not-eligible"));
    }

    @Test
    void changing_a_sub_task_force_coordinator_keeps_the_old_row() {
        LocalDate y = freshYear();
        TaskForce tf = yearLong("53.71", y);
        Agency polres = agencies.create(NewAgency.of(unique("Polresta Kupang Kota"), AgencyType.POLICE_UNIT, "53.71"));
        SubTaskForce v = taskForces.structureOn(tf.id(), y).subTaskForces().get(4);
        taskForces.changeSubTaskForce(
                v.id(), v.name(), polres.id(), y.withMonth(3).withDayOfMonth(1), v.version());
        assertThat(taskForces.structureOn(tf.id(), y).subTaskForces().get(4).coordinatingAgencyName())
                .isNull();
        assertThat(taskForces
                        .structureOn(tf.id(), y.withMonth(3).withDayOfMonth(1))
                        .subTaskForces()
                        .get(4)
                        .coordinatingAgencyName())
                .isEqualTo(polres.name());
    }

    @Test
    void writes_are_audited_as_task_force_and_task_force_member() {
        LocalDate y = freshYear();
        TaskForce tf = yearLong("53.71", y);
        Agency a = agencies.create(NewAgency.of(unique("UPTD PPA Kupang"), AgencyType.UPTD_PPA, "53.71"));
        Member m = taskForces.addMember(tf.id(), new NewMember(a.id(), MemberRole.SEKRETARIS, null, y, null));
        taskForces.endMember(m.id(), y.withMonth(5).withDayOfMonth(31), m.version());
        assertThat(events.stream(AuditEvent.class)
                        .filter(e -> e.objectType().equals("task_force")
                                && e.objectId().equals(String.valueOf(tf.id()))))
                .extracting(AuditEvent::action)
                .containsExactly(AuditEvent.Action.CREATE);
        assertThat(events.stream(AuditEvent.class)
                        .filter(e -> e.objectType().equals("task_force_member")
                                && e.objectId().equals(String.valueOf(m.id()))))
                .extracting(AuditEvent::action, AuditEvent::regionCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditEvent.Action.CREATE, "53.71"),
                        org.assertj.core.groups.Tuple.tuple(AuditEvent.Action.UPDATE, "53.71"));
    }
}
