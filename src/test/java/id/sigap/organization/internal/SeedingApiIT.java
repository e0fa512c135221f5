package id.sigap.organization.internal;

import static id.sigap.organization.OrgFixtures.freshYear;
import static id.sigap.organization.OrgFixtures.pergub;
import static id.sigap.organization.OrgFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyType;
import id.sigap.organization.MemberRole;
import id.sigap.organization.NewAgency;
import id.sigap.organization.NewMember;
import id.sigap.organization.NewTaskForce;
import id.sigap.organization.TaskForce;
import id.sigap.organization.TaskForces;
import id.sigap.shared.AuditEvent;
import id.sigap.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What the demo-data seeder does: write as a system actor without a web request, and find its data again. */
@IntegrationTest
@RecordApplicationEvents
class SeedingApiIT {

    @Autowired
    Agencies agencies;

    @Autowired
    TaskForces taskForces;

    @Autowired
    ApplicationEvents events;

    @Test
    void a_system_actor_creates_agencies_task_forces_and_members_and_finds_them_again() {
        String name = unique("UPTD PPA Kota Kupang");
        Agency uptd = agencies.create(NewAgency.of(name, AgencyType.UPTD_PPA, "53.71"));
        LocalDate y = freshYear();
        TaskForce tf = taskForces.create(new NewTaskForce(null, null, "53.71", pergub(y), y, y.plusMonths(11)));
        taskForces.addMember(tf.id(), new NewMember(uptd.id(), MemberRole.SEKRETARIS, "Kepala UPTD", y, null));

        assertThat(agencies.findByName("53.71", " " + name.toUpperCase() + " "))
                .get()
                .isEqualTo(uptd);
        assertThat(agencies.findByName("63.71", name)).isEmpty();
        assertThat(taskForces.validOn("53.71", y.plusDays(3)))
                .get()
                .extracting(TaskForce::id)
                .isEqualTo(tf.id());
        assertThat(taskForces.validOn("53.71", y.plusMonths(11).plusDays(5))).isEmpty();
        assertThat(events.stream(AuditEvent.class).filter(e -> e.objectType().equals("task_force_member")))
                .singleElement()
                .satisfies(e -> assertThat(e.actorUserId()).isNull());
    }
}
