package id.sigap.organization.internal;

import static id.sigap.organization.OrgFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyChange;
import id.sigap.organization.AgencyName;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.organization.OrgLevel;
import id.sigap.security.AgencyDirectory;
import id.sigap.security.RegionScope;
import id.sigap.shared.AuditEvent;
import id.sigap.shared.SigapException;
import id.sigap.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class AgenciesIT {

    @Autowired
    Agencies agencies;

    @Autowired
    AgencyDirectory directory;

    @Autowired
    ApplicationEvents events;

    static AgencyChange rename(Agency a, String name, String shortName, LocalDate on) {
        return new AgencyChange(
                name, shortName, a.type(), a.level(), a.regionCode(), a.parentAgencyId(), a.contact(), on, a.version());
    }

    @Test
    void a_renamed_agency_keeps_its_old_name_for_earlier_dates() {
        String old = unique("Badan Pelindungan Pekerja Migran Indonesia");
        String now = unique("Kementerian Pelindungan Pekerja Migran Indonesia");
        Agency bp2mi = agencies.create(NewAgency.of(old, AgencyType.KP2MI_BP3MI, null));
        agencies.update(bp2mi.id(), rename(bp2mi, now, "KP2MI", LocalDate.of(2024, 10, 21)));

        assertThat(agencies.nameOn(bp2mi.id(), LocalDate.of(2023, 1, 1))).isEqualTo(old);
        assertThat(agencies.nameOn(bp2mi.id(), LocalDate.of(2024, 10, 20))).isEqualTo(old);
        assertThat(agencies.nameOn(bp2mi.id(), LocalDate.of(2024, 10, 21))).isEqualTo(now);
        assertThat(agencies.require(bp2mi.id()).name()).isEqualTo(now);
        assertThat(agencies.names(bp2mi.id())).extracting(AgencyName::name).containsExactly(old, now);
    }

    @Test
    void a_name_change_without_a_date_corrects_the_current_name() {
        Agency a = agencies.create(NewAgency.of(unique("Dinas Sosal"), AgencyType.SOCIAL_SERVICE_SHELTER, "53"));
        String fixed = unique("Dinas Sosial");
        agencies.update(a.id(), rename(a, fixed, null, null));
        assertThat(agencies.names(a.id())).extracting(AgencyName::name).containsExactly(fixed);
        assertThat(agencies.nameOn(a.id(), LocalDate.of(2000, 1, 1))).isEqualTo(fixed);
    }

    @Test
    void a_stale_version_is_refused() {
        Agency a = agencies.create(NewAgency.of(unique("Kejari Kupang"), AgencyType.PROSECUTOR, "53.71"));
        agencies.update(a.id(), rename(a, a.name() + " X", null, null));
        assertThatThrownBy(() -> agencies.update(a.id(), rename(a, a.name() + " Y", null, null)))
                .isInstanceOf(SigapException.Conflict.class)
                .hasMessage("conflict.stale");
    }

    @Test
    void the_parent_must_exist_and_cannot_make_a_cycle() {
        Agency polda = agencies.create(NewAgency.of(unique("Polda NTT"), AgencyType.POLICE_UNIT, "53"));
        Agency polres = agencies.create(new NewAgency(
                unique("Polresta Kupang Kota"), null, AgencyType.POLICE_UNIT, null, "53.71", polda.id(), null));
        assertThat(polres.level()).isEqualTo(OrgLevel.REGENCY);
        Agency reloaded = agencies.require(polda.id());
        assertThatThrownBy(() -> agencies.update(
                        polda.id(),
                        new AgencyChange(
                                reloaded.name(),
                                null,
                                reloaded.type(),
                                null,
                                "53",
                                polres.id(),
                                null,
                                null,
                                reloaded.version())))
                .isInstanceOf(SigapException.Invalid.class)
                .satisfies(e -> assertThat(((SigapException.Invalid) e)
                                .problems()
                                .getFirst()
                                .code())
                        .isEqualTo("agency.parent-cycle"));
        assertThatThrownBy(() -> agencies.create(
                        new NewAgency(unique("Polsek"), null, AgencyType.POLICE_UNIT, null, "53.71", -5L, null)))
                .isInstanceOf(SigapException.Invalid.class);
    }

    @Test
    void writes_are_audited_as_agency() {
        Agency a = agencies.create(NewAgency.of(unique("RSUD Kupang"), AgencyType.HOSPITAL_HEALTH, "53.71"));
        agencies.deactivate(a.id(), a.version());
        List<AuditEvent> audited = events.stream(AuditEvent.class)
                .filter(e -> "agency".equals(e.objectType())
                        && String.valueOf(a.id()).equals(e.objectId()))
                .toList();
        assertThat(audited)
                .extracting(AuditEvent::action)
                .containsExactly(AuditEvent.Action.CREATE, AuditEvent.Action.UPDATE);
        assertThat(audited.getFirst().regionCode()).isEqualTo("53.71");
        assertThat(agencies.require(a.id()).active()).isFalse();
    }

    @Test
    void the_agency_directory_tells_security_about_agencies_in_a_scope() {
        Agency a = agencies.create(NewAgency.of(unique("LSM Kupang"), AgencyType.NGO, "53.71"));
        Agency b = agencies.create(NewAgency.of(unique("LSM Banjarmasin"), AgencyType.NGO, "63.71"));
        assertThat(directory.find(a.id()))
                .get()
                .extracting(AgencyDirectory.AgencySummary::regionCode)
                .isEqualTo("53.71");
        var inNtt = directory.inScope(RegionScope.of(List.of("53")));
        assertThat(inNtt)
                .extracting(AgencyDirectory.AgencySummary::id)
                .contains(a.id())
                .doesNotContain(b.id());
    }
}
