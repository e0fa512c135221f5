package id.sigap.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Near-namesakes: two women with the same given name, birth date, sex and regency but plainly different surnames are
 * not one person, however much the model makes of date and place; at most a reviewer is asked. True variants of one
 * name (old spelling, swapped order, a nickname, a typo) still link, and so does a different surname with the same
 * NIK (a married name).
 */
class NearNamesakesTest {

    private static final String BORN = "1994-08-17";
    private static final String KUPANG = "53.71.02";

    private static List<PersonRecord> population;
    private static Linker.Result linked;

    @BeforeAll
    static void linkAPopulation() {
        population = new SyntheticIndonesians(31).population(3_000);
        linked = new Linker(Linker.Settings.DEFAULT).link(population, Fields.core());
    }

    private static PersonRecord woman(String id, int source, String given, String surname, String nik) {
        return new PersonRecord(id, source, given, surname, null, "P", BORN, nik, null, null, null, KUPANG, null);
    }

    private static int index(List<PersonRecord> records, String id) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }

    @Test
    void the_model_alone_would_link_the_namesakes_but_their_score_stays_a_reviewers_call() {
        Comparisons comparisons = new Comparisons(Fields.core());
        Prepared yohana = Prepared.of(0, woman("a", 0, "Yohana", "Tefa", "5371025708940003"), Fields.core());
        Prepared johana = Prepared.of(1, woman("b", 1, "Johana", "Nope", null), Fields.core());
        long vector = comparisons.compare(yohana, johana);
        FellegiSunter model = linked.model();

        assertThat(model.probability(vector))
                .as("date, sex and regency outweigh the surname under independence")
                .isGreaterThanOrEqualTo(Linker.Settings.DEFAULT.matchThreshold());
        assertThat(FellegiSunter.namesConflict(vector)).isTrue();
        assertThat(model.score(vector))
                .isEqualTo(FellegiSunter.UNDECIDED)
                .isLessThan(Linker.Settings.DEFAULT.matchThreshold())
                .isGreaterThanOrEqualTo(Linker.Settings.DEFAULT.reviewThreshold());

        Prepared married = Prepared.of(2, woman("c", 1, "Yohana", "Nope", "5371025708940003"), Fields.core());
        long sameNik = comparisons.compare(yohana, married);
        assertThat(FellegiSunter.namesConflict(sameNik)).isTrue();
        assertThat(model.score(sameNik)).isEqualTo(model.probability(sameNik)).isGreaterThan(0.9);
    }

    @Test
    void a_batch_links_the_variants_of_one_woman_and_leaves_her_namesake_for_review() {
        // one source, as in a deduplication: the population's pairs give EM enough to estimate from
        List<PersonRecord> records = new ArrayList<>(population);
        records.add(woman("police", 0, "Yohana", "Tefa", "5371025708940003"));
        records.add(woman("shelter", 0, "Johana", "Tefa", null));
        records.add(woman("old-spelling", 0, "Joehana", "Tefa", null));
        records.add(woman("swapped", 0, "Tefa", "Yohana", null));
        records.add(woman("namesake", 0, "Johana", "Nope", null));
        records.add(woman("sister", 0, "Maria", "Tefa", null));
        Linker.Result result = new Linker(Linker.Settings.DEFAULT).link(records, Fields.core());
        int[] c = result.cluster();
        int police = c[index(records, "police")];

        assertThat(c[index(records, "shelter")]).isEqualTo(police);
        assertThat(c[index(records, "old-spelling")]).isEqualTo(police);
        assertThat(c[index(records, "swapped")]).isEqualTo(police);
        assertThat(c[index(records, "namesake")]).isNotEqualTo(police);
        assertThat(c[index(records, "sister")]).isNotEqualTo(police);
        int namesake = index(records, "namesake");
        assertThat(result.pairs())
                .filteredOn(p -> p.a() == namesake || p.b() == namesake)
                .as("the namesake's pairs wait for a reviewer")
                .isNotEmpty()
                .allMatch(p -> p.probability() < Linker.Settings.DEFAULT.matchThreshold());
    }

    @Test
    void incremental_linking_puts_the_namesake_apart_and_the_variant_with_her() {
        LinkIndex index = LinkIndex.of(linked, Linker.Settings.DEFAULT);
        LinkIndex.Decision namesake = index.link(woman("namesake", 4, "Johana", "Nope", null));
        LinkIndex.Decision police = index.link(woman("police", 0, "Yohana", "Tefa", "5371025708940003"));
        LinkIndex.Decision shelter = index.link(woman("shelter", 1, "Johana", "Tefa", null));
        LinkIndex.Decision nickname = index.link(new PersonRecord(
                "nickname", 2, "Anton", "Seran", null, "L", "1978-05-02", null, null, null, null, KUPANG, null));
        LinkIndex.Decision full = index.link(new PersonRecord(
                "full", 3, "Antonius", "Seran", null, "L", "1978-05-02", null, null, null, null, KUPANG, null));

        assertThat(police.joined()).as("not into the namesake's cluster").isFalse();
        assertThat(police.cluster()).isNotEqualTo(namesake.cluster());
        assertThat(police.review()).contains(namesake.cluster());
        assertThat(shelter.joined()).isTrue();
        assertThat(shelter.cluster()).isEqualTo(police.cluster());
        assertThat(full.joined()).isTrue();
        assertThat(full.cluster()).isEqualTo(nickname.cluster());
    }

    @Test
    void a_field_that_disagrees_never_speaks_for_a_match_even_when_em_says_so() {
        // EM on the national dataset settled on a "match" class of namesakes: a differing birth date weighed +4.7 bits
        FellegiSunter fitted = linked.model();
        double[][] m = fitted.m().clone();
        double[][] u = fitted.u().clone();
        int date = Fields.Core.BIRTH_DATE.ordinal();
        m[date] = new double[] {0.85, 0.05, 0.05, 0.05};
        u[date] = new double[] {0.015, 0.3, 0.3, 0.385};
        FellegiSunter namesakes = new FellegiSunter(fitted.fields(), 0.3, m, u);
        Comparisons comparisons = new Comparisons(Fields.core());
        long vector = comparisons.compare(
                Prepared.of(0, woman("a", 0, "Siti", "Aminah", null), Fields.core()),
                Prepared.of(
                        1,
                        new PersonRecord(
                                "b",
                                1,
                                "Siti",
                                "Aminah",
                                null,
                                "P",
                                "1971-02-03",
                                null,
                                null,
                                null,
                                null,
                                "53.01.01",
                                null),
                        Fields.core()));

        assertThat(Fields.level(vector, date)).isZero();
        assertThat(namesakes.weight(date, 0)).isPositive();
        assertThat(namesakes.probability(vector)).isGreaterThanOrEqualTo(Linker.Settings.DEFAULT.matchThreshold());
        assertThat(namesakes.score(vector)).isLessThan(Linker.Settings.DEFAULT.matchThreshold());
        assertThat(fitted.score(vector)).isLessThan(Linker.Settings.DEFAULT.matchThreshold());
    }

    @Test
    void names_sex_and_village_alone_are_a_reviewers_call_and_a_birth_date_or_identifier_decides() {
        // registered with an age instead of a birth date: nothing but names, sex and place to go on
        Comparisons comparisons = new Comparisons(Fields.core());
        FellegiSunter model = linked.model();
        Prepared police = Prepared.of(
                0,
                new PersonRecord("a", 0, "Magdalena", null, null, "P", null, null, null, null, null, KUPANG, null),
                Fields.core());
        Prepared shelter = Prepared.of(
                1,
                new PersonRecord("b", 1, "Magdalena", null, null, "P", null, null, null, null, null, KUPANG, null),
                Fields.core());
        long bare = comparisons.compare(police, shelter);
        assertThat(model.probability(bare))
                .as("name, sex and village agree exactly")
                .isGreaterThan(FellegiSunter.UNDECIDED);
        assertThat(model.score(bare)).isEqualTo(FellegiSunter.UNDECIDED);

        Prepared withPhone = Prepared.of(
                2,
                new PersonRecord(
                        "c", 0, "Magdalena", null, null, "P", null, null, "081234567890", null, null, KUPANG, null),
                Fields.core());
        Prepared samePhone = Prepared.of(
                3,
                new PersonRecord(
                        "d", 1, "Magdalena", null, null, "P", null, null, "+6281234567890", null, null, KUPANG, null),
                Fields.core());
        assertThat(model.score(comparisons.compare(withPhone, samePhone)))
                .isGreaterThanOrEqualTo(Linker.Settings.DEFAULT.matchThreshold());

        Prepared born = Prepared.of(4, woman("e", 0, "Magdalena", "Messakh", null), Fields.core());
        Prepared bornToo = Prepared.of(5, woman("f", 1, "Magdalena", "Messakh", null), Fields.core());
        assertThat(model.score(comparisons.compare(born, bornToo)))
                .isGreaterThanOrEqualTo(Linker.Settings.DEFAULT.matchThreshold());
    }
}
