package id.sigap.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.cases.BulkLoadCase;
import id.sigap.cases.CaseStatus;
import id.sigap.cases.PersonRole;
import id.sigap.support.GeneratedServices;
import id.sigap.support.GeneratedServices.Item;
import id.sigap.support.LegStatus;
import id.sigap.support.ReferralStatus;
import id.sigap.support.ServiceType;
import id.sigap.support.StatutoryDeadline;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The services of generated cases (without a database): deterministic, complete and shaped like the SOP. */
class ServicePlannerTest {

    static final List<MadeCase> CASES = CaseMakerTest.CASES;

    static String digest(List<MadeCase> cases) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        cases.forEach(c -> sha.update(c.services().toString().getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha.digest());
    }

    @Test
    void the_same_seed_gives_the_same_services_and_another_seed_others() throws Exception {
        String first = digest(CaseMakerTest.make(42, 300));
        assertThat(digest(CaseMakerTest.make(42, 300))).isEqualTo(first);
        assertThat(digest(CaseMakerTest.make(43, 300))).isNotEqualTo(first);
    }

    @Test
    void every_victim_has_a_plan_that_starts_with_identification_and_no_one_else_has_one() {
        for (MadeCase c : CASES) {
            List<BulkLoadCase.Person> persons = c.bulk().persons();
            Set<Long> planned =
                    c.services().items().stream().map(Item::personId).collect(Collectors.toSet());
            for (int k = 0; k < persons.size(); k++) {
                assertThat(planned.contains((long) k)).isEqualTo(persons.get(k).role() == PersonRole.VICTIM);
            }
            long identified = c.services().items().stream()
                    .filter(i -> i.service() == ServiceType.COMPLAINT_IDENTIFICATION)
                    .count();
            assertThat(identified).isEqualTo(planned.size());
        }
    }

    @Test
    void all_six_services_with_realistic_states_and_some_overdue_in_open_cases() {
        List<Item> items = items();
        Map<ServiceType, Long> byService =
                items.stream().collect(Collectors.groupingBy(Item::service, Collectors.counting()));
        assertThat(byService.keySet()).containsExactlyInAnyOrder(ServiceType.values());
        long done = items.stream().filter(i -> i.completedOn() != null).count();
        long running = items.stream()
                .filter(i -> i.startedOn() != null && i.completedOn() == null)
                .count();
        long overdue = items.stream()
                .filter(i -> i.startedOn() == null && i.closingReason() == null)
                .filter(i -> StatutoryDeadline.of(i.service(), i.firstAid(), i.requestedOn())
                        .map(dl -> dl.state(CaseMakerTest.TODAY, null).overdue())
                        .orElse(false))
                .count();
        long late = items.stream()
                .filter(i -> i.startedOn() != null
                        && i.startedOn().isAfter(i.requestedOn().plusDays(StatutoryDeadline.DAYS)))
                .count();
        assertThat((double) done / items.size()).isBetween(0.6, 0.9);
        assertThat(running).isPositive();
        assertThat((double) overdue / items.size()).isBetween(0.01, 0.15);
        assertThat(late).isPositive();
        assertThat(CASES)
                .filteredOn(c -> c.bulk().status() == CaseStatus.CLOSED)
                .allSatisfy(c -> assertThat(c.services().items())
                        .allSatisfy(i -> assertThat(i.completedOn() != null || i.closingReason() != null)
                                .isTrue()));
    }

    @Test
    void referrals_go_to_shelters_lpsk_and_bp3mi_also_in_other_provinces_with_consent() {
        List<GeneratedServices.Referral> referrals =
                CASES.stream().flatMap(c -> c.services().referrals().stream()).toList();
        assertThat(referrals).hasSizeGreaterThan(CASES.size() / 2);
        assertThat(referrals.stream().map(GeneratedServices.Referral::status).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ReferralStatus.values());
        long otherProvince = CASES.stream()
                .flatMap(c -> c.services().referrals().stream()
                        .filter(r -> r.toRegionCode() != null
                                && !r.toRegionCode()
                                        .startsWith(c.bulk().regionCode().substring(0, 2))))
                .count();
        assertThat(otherProvince).isGreaterThan(referrals.size() / 10);
        assertThat(referrals).filteredOn(r -> r.toRegionCode() == null).isNotEmpty(); // LPSK, national
        assertThat(referrals).allSatisfy(r -> assertThat(r.consentBy()).isNotNull());
    }

    @Test
    void victims_found_abroad_come_home_by_legs_through_the_transit_points_children_escorted() {
        List<GeneratedServices.Leg> legs =
                CASES.stream().flatMap(c -> c.services().legs().stream()).toList();
        assertThat(legs).isNotEmpty();
        assertThat(legs).filteredOn(l -> l.seq() == 1).anySatisfy(l -> assertThat(l.fromPlace())
                .startsWith("KJRI Tawau"));
        assertThat(legs.stream().map(GeneratedServices.Leg::toPlace).collect(Collectors.toSet()))
                .contains(
                        "Pelabuhan Tunon Taka, Nunukan",
                        "PLBN Entikong",
                        "Pelabuhan Sri Bintan Pura, Tanjung Pinang",
                        "Pelabuhan Batam Centre");
        assertThat(legs.stream().map(GeneratedServices.Leg::status).collect(Collectors.toSet()))
                .contains(LegStatus.DONE, LegStatus.IN_TRANSIT, LegStatus.PLANNED);
        assertThat(legs)
                .filteredOn(l -> l.child() && l.departedOn() != null)
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l.escortName()).isNotBlank());
        for (MadeCase c : CASES) {
            if (!c.bulk().abroad()) {
                assertThat(c.services().legs())
                        .allSatisfy(l -> assertThat(l.seq()).isGreaterThan(0));
            }
        }
    }

    @Test
    void reintegration_visits_at_3_6_and_12_months_made_or_open() {
        var visits = CASES.stream().flatMap(c -> c.services().visits().stream()).toList();
        assertThat(visits.stream()
                        .map(GeneratedServices.Visit::monthsAfterReturn)
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(3, 6, 12);
        assertThat(visits).anySatisfy(v -> assertThat(v.visitedOn()).isNotNull());
        assertThat(visits).anySatisfy(v -> assertThat(v.visitedOn()).isNull());
        assertThat(visits).allSatisfy(v -> assertThat(v.agencyId()).isNotNull());
    }

    private static List<Item> items() {
        return CASES.stream().flatMap(c -> c.services().items().stream()).toList();
    }
}
