package id.sigap.prevention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sigap.prevention.Headcount;
import id.sigap.prevention.InterceptionCounts;
import id.sigap.prevention.SexAge;
import id.sigap.prevention.internal.InterceptionInput.Person;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Interception totals against the database: persons registered individually and counted per interception add up, and
 * yearly aggregates of the secretariat never count them a second time. Each test uses its own past year at PLBN
 * Entikong (Kabupaten Sanggau 61.03), so other data in a shared database does not touch it.
 */
@IntegrationTest
class InterceptionCountsIT {

    @Autowired
    Interceptions interceptions;

    @Autowired
    YearlyAggregates aggregates;

    @Autowired
    InterceptionCounts counts;

    static final AtomicInteger YEARS =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(1991, 2006));

    final SigapUser officer = TestUsers.user(Role.INTAKE_OFFICER, "61.03");
    final SigapUser secretary = TestUsers.user(0L, new Grant(Role.TASKFORCE_SECRETARY, "61"));

    /** A past year of this run's own (distinct per call), so other tests' records never fall into it. */
    static int aYear() {
        return YEARS.getAndIncrement();
    }

    long entikong(LocalDate day, Headcount counted, int registeredWomen) {
        long id = interceptions.create(
                officer, new InterceptionInput(day, "PLBN-ENTIKONG", "MY", "PLANTATION", counted, null));
        for (int i = 0; i < registeredWomen; i++) {
            interceptions.addPerson(officer, id, new Person("Perempuan " + i, "F", null, 20 + i, null, "PERSON", day));
        }
        return id;
    }

    @Test
    void registered_and_counted_persons_add_up_by_sex_age_and_destination() {
        int year = aYear();
        entikong(LocalDate.of(year, 3, 1), new Headcount(0, 1, 2, 0), 2);
        InterceptionCounts.Counts c = counts.of("61.03", year);
        assertThat(c.persons()).isEqualTo(5);
        assertThat(c.recordedPersons()).isEqualTo(5);
        assertThat(c.aggregateOnlyPersons()).isZero();
        assertThat(c.interceptions()).isEqualTo(1);
        assertThat(c.bySexAge())
                .containsEntry(SexAge.WOMEN, 2L)
                .containsEntry(SexAge.GIRLS, 1L)
                .containsEntry(SexAge.MEN, 2L);
        assertThat(c.byDestination()).containsEntry("MY", 5L);
    }

    @Test
    void an_aggregate_that_includes_the_registered_persons_does_not_count_them_twice() {
        int year = aYear();
        entikong(LocalDate.of(year, 5, 1), new Headcount(0, 0, 3, 0), 2);
        long agg = aggregates.create(secretary, "61.03", year, 12, "Laporan tahunan uji");
        try {
            assertThat(counts.of("61.03", year).persons()).isEqualTo(12);
            assertThat(counts.of("61.03", year).recordedPersons()).isEqualTo(5);
            assertThat(counts.of("61.03", year).aggregateOnlyPersons()).isEqualTo(7);
            assertThat(counts.of("61.03.21", year).persons()).isEqualTo(5);

            long province = aggregates.create(secretary, "61", year, 10, "Laporan provinsi uji");
            assertThat(counts.of("61", year).persons()).isEqualTo(12);
            aggregates.delete(secretary, province, 0);

            aggregates.update(secretary, agg, 0, 3, "Laporan tahunan uji, dikoreksi");
            assertThat(counts.of("61.03", year).persons()).isEqualTo(5);
            assertThatThrownBy(() -> aggregates.update(secretary, agg, 0, 4, "basi"))
                    .isInstanceOf(SigapException.Conflict.class);
        } finally {
            aggregates.delete(secretary, agg, 1);
        }
        assertThat(counts.of("61.03", year).persons()).isEqualTo(5);
    }

    @Test
    void the_seeded_ntt_figures_count_for_the_province() {
        InterceptionCounts.Counts y2017 = counts.of("53", 2017);
        assertThat(y2017.persons()).isEqualTo(Math.max(519, y2017.recordedPersons()));
        InterceptionCounts.Counts y2018 = counts.of("53", 2018);
        assertThat(y2018.persons()).isEqualTo(Math.max(1379, y2018.recordedPersons()));
        InterceptionCounts.Counts y2019 = counts.of("53", 2019);
        assertThat(y2019.persons()).isEqualTo(Math.max(755, y2019.recordedPersons()));
    }

    @Test
    void only_the_secretariat_of_the_region_keeps_aggregates() {
        int year = aYear();
        SigapUser otherProvince = TestUsers.user(0L, new Grant(Role.TASKFORCE_SECRETARY, "53"));
        assertThatThrownBy(() -> aggregates.create(otherProvince, "61.03", year, 5, "x"))
                .isInstanceOf(SigapException.NotAllowed.class);
        assertThatThrownBy(() -> aggregates.create(officer, "61.03", year, 5, "x"))
                .isInstanceOf(SigapException.NotAllowed.class);
    }
}
