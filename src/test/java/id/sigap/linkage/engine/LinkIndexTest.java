package id.sigap.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LinkIndexTest {

    private static Linker.Result linked;
    private static List<PersonRecord> population;

    @BeforeAll
    static void linkAPopulation() {
        population = new SyntheticIndonesians(21).population(4_000);
        linked = new Linker(Linker.Settings.DEFAULT).link(population, Fields.core());
    }

    @Test
    void a_new_registration_of_a_known_person_joins_that_persons_cluster() {
        LinkIndex index = LinkIndex.of(linked, Linker.Settings.DEFAULT);
        PersonRecord known = population.get(100);
        PersonRecord again = new PersonRecord(
                "again",
                0,
                known.givenName(),
                known.surname(),
                null,
                known.sex(),
                known.birthDate(),
                null,
                known.phone(),
                null,
                null,
                known.regionCode(),
                null);
        LinkIndex.Decision d = index.link(again);
        assertThat(d.joined()).isTrue();
        assertThat(d.cluster()).isEqualTo(index.clusterOf(100));
        assertThat(d.candidates()).isNotEmpty();
        assertThat(index.size()).isEqualTo(population.size() + 1);
    }

    @Test
    void a_stranger_founds_a_new_cluster_and_is_then_found_by_the_next_registration() {
        LinkIndex index = LinkIndex.of(linked, Linker.Settings.DEFAULT);
        PersonRecord police = new PersonRecord(
                "police",
                0,
                "Yohana",
                "Nope",
                null,
                "P",
                "1994-08-17",
                "5371025708940003",
                "081339001122",
                null,
                null,
                "53.71.02",
                null);
        PersonRecord shelter = new PersonRecord(
                "shelter", 0, "Johana", "Nope", null, "P", "17/08/1994", null, null, null, null, "53.71.02", null);
        LinkIndex.Decision first = index.link(police);
        assertThat(first.joined()).isFalse();
        assertThat(first.cluster()).isEqualTo(first.index());
        LinkIndex.Decision second = index.link(shelter);
        assertThat(second.joined()).isTrue();
        assertThat(second.cluster()).isEqualTo(first.cluster());
    }

    @Test
    void the_incremental_decision_agrees_with_the_batch_clusters_for_duplicates() {
        // re-link the first records' exact copies: each must land in the record's own batch cluster
        LinkIndex index = LinkIndex.of(linked, Linker.Settings.DEFAULT);
        int agree = 0;
        for (int i = 0; i < 200; i++) {
            PersonRecord r = population.get(i);
            LinkIndex.Decision d = index.link(new PersonRecord(
                    "copy-" + i,
                    0,
                    r.givenName(),
                    r.surname(),
                    null,
                    r.sex(),
                    r.birthDate(),
                    r.nik(),
                    r.phone(),
                    null,
                    null,
                    r.regionCode(),
                    null));
            if (d.cluster() == linked.cluster()[i]) {
                agree++;
            }
        }
        assertThat(agree).isGreaterThanOrEqualTo(198);
    }
}
