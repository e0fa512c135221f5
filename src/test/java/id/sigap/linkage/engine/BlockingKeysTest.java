package id.sigap.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Which records meet: the keys of two records must share one for the pair ever to be compared. */
class BlockingKeysTest {

    private static final String KUPANG = "53.71.02";

    private static long[] keys(String given, String surname, String born, String region) {
        return BlockingKeys.of(Prepared.of(
                0,
                new PersonRecord("x", 0, given, surname, null, "F", born, null, null, null, null, region, null),
                Fields.core()));
    }

    private static long shared(long[] a, long[] b) {
        return Arrays.stream(a).filter(k -> Arrays.binarySearch(b, k) >= 0).count();
    }

    @Test
    void keys_are_sorted_and_distinct() {
        long[] k = keys("Yohana", "Nope", "1994-08-17", KUPANG);
        assertThat(k).isSorted();
        assertThat(Arrays.stream(k).distinct().count()).isEqualTo(k.length);
    }

    @Test
    void persons_without_birth_date_meet_on_their_names_in_the_regency_also_with_a_typo_in_one_name() {
        long[] paulina = keys("Paulina", "Nope", null, KUPANG);
        assertThat(shared(paulina, keys("Paulina", "Nope", null, "53.71.05")))
                .as("same names, another district of the regency")
                .isPositive();
        assertThat(shared(paulina, keys("Paukina", "Nope", null, KUPANG)))
                .as("a typo in the given name")
                .isPositive();
        assertThat(shared(paulina, keys("Paulina", "Nope", "1994-08-17", KUPANG)))
                .as("one with a birth date, one without: the names in the regency")
                .isPositive();
        assertThat(shared(paulina, keys("Paulina", "Nope", null, "53.01.01")))
                .as("another regency")
                .isZero();
    }

    @Test
    void a_name_without_phonetic_code_makes_no_catch_all_key() {
        // Double Metaphone gives "H" and "W" no code: they must not meet every such person of the regency
        assertThat(shared(keys("H", null, null, KUPANG), keys("W", null, null, KUPANG)))
                .isZero();
    }
}
