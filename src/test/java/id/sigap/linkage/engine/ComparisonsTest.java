package id.sigap.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

class ComparisonsTest {

    private final Fields fields = Fields.core();
    private final Comparisons comparisons = new Comparisons(fields);

    private long compare(PersonRecord a, PersonRecord b) {
        return comparisons.compare(Prepared.of(0, a, fields), Prepared.of(1, b, fields));
    }

    private static int level(long v, Fields.Core field) {
        return Fields.level(v, field.ordinal());
    }

    @Test
    void yohana_and_johana_nope_agree_exactly_after_normalisation() {
        long v = compare(
                PersonRecord.named("a", "Yohana", "Nope", "1990-03-07"),
                PersonRecord.named("b", "Johana", "Nope", "07/03/1990"));
        assertThat(level(v, Fields.Core.GIVEN_NAME)).isEqualTo(5);
        assertThat(level(v, Fields.Core.SURNAME)).isEqualTo(5);
        assertThat(level(v, Fields.Core.BIRTH_DATE)).isEqualTo(3);
    }

    @Test
    void pak_anton_and_antonius_agree_as_a_call_name() {
        long v = compare(
                PersonRecord.named("a", "Pak Anton", null, null), PersonRecord.named("b", "Antonius", null, null));
        assertThat(level(v, Fields.Core.GIVEN_NAME)).isEqualTo(3);
        assertThat(level(v, Fields.Core.SURNAME)).isEqualTo(-1);
        assertThat(level(v, Fields.Core.BIRTH_DATE)).isEqualTo(-1);
    }

    @Test
    void swapped_name_order_still_agrees() {
        long v = compare(
                PersonRecord.named("a", "Nope", "Yohana", null), PersonRecord.named("b", "Yohana", "Nope", null));
        assertThat(level(v, Fields.Core.GIVEN_NAME)).isEqualTo(5);
        assertThat(level(v, Fields.Core.SURNAME)).isEqualTo(5);
    }

    @Test
    void a_mononym_meets_a_full_name_written_in_one_field() {
        PersonRecord full =
                new PersonRecord("a", 0, null, null, "Maria Bria", null, null, null, null, null, null, null, null);
        long v = compare(full, PersonRecord.named("b", "Maria", "Bria", null));
        assertThat(level(v, Fields.Core.GIVEN_NAME)).isEqualTo(5);
        assertThat(level(v, Fields.Core.SURNAME)).isEqualTo(5);
    }

    @Test
    void day_and_month_swapped_and_one_digit_typos_are_near_agreement() {
        assertThat(level(
                        compare(
                                PersonRecord.named("a", "x", null, "1990-03-07"),
                                PersonRecord.named("b", "x", null, "1990-07-03")),
                        Fields.Core.BIRTH_DATE))
                .isEqualTo(2);
        assertThat(level(
                        compare(
                                PersonRecord.named("a", "x", null, "19900307"),
                                PersonRecord.named("b", "x", null, "19900308")),
                        Fields.Core.BIRTH_DATE))
                .isEqualTo(2);
        assertThat(level(
                        compare(
                                PersonRecord.named("a", "x", null, "1990-03-07"),
                                PersonRecord.named("b", "x", null, "1990-11-21")),
                        Fields.Core.BIRTH_DATE))
                .isEqualTo(1);
        assertThat(level(
                        compare(
                                PersonRecord.named("a", "x", null, "1990-03-07"),
                                PersonRecord.named("b", "x", null, "1971-11-21")),
                        Fields.Core.BIRTH_DATE))
                .isZero();
    }

    @Test
    void phones_in_international_and_national_form_agree() {
        PersonRecord a = new PersonRecord(
                "a", 0, "x", null, null, null, null, null, "+62 812-3456-7890", null, null, null, null);
        PersonRecord b =
                new PersonRecord("b", 0, "x", null, null, null, null, null, "081234567890", null, null, null, null);
        assertThat(level(compare(a, b), Fields.Core.PHONE)).isEqualTo(2);
    }

    @Test
    void region_codes_agree_by_level() {
        PersonRecord kupang =
                new PersonRecord("a", 0, "x", null, null, null, null, null, null, null, null, "53.71.02", null);
        PersonRecord kupangOther =
                new PersonRecord("b", 0, "x", null, null, null, null, null, null, null, null, "53.71.04", null);
        PersonRecord batam =
                new PersonRecord("c", 0, "x", null, null, null, null, null, null, null, null, "21.71.01", null);
        assertThat(level(compare(kupang, kupangOther), Fields.Core.REGION)).isEqualTo(2);
        assertThat(level(compare(kupang, batam), Fields.Core.REGION)).isZero();
    }

    @Test
    void nik_with_one_typo_is_near_agreement() {
        PersonRecord a =
                new PersonRecord("a", 0, "x", null, null, null, null, "5371024703900001", null, null, null, null, null);
        PersonRecord b =
                new PersonRecord("b", 0, "x", null, null, null, null, "5371024703900007", null, null, null, null, null);
        assertThat(level(compare(a, b), Fields.Core.NIK)).isEqualTo(2);
    }

    @Test
    void the_quick_edit_distance_equals_levenshtein_up_to_two() {
        // the shortcuts of withinTwo (length gap, letters in common, one differing place) must never change an answer
        LevenshteinDistance reference = new LevenshteinDistance(2);
        SplittableRandom random = new SplittableRandom(6);
        String alphabet = "0123ab";
        for (int n = 0; n < 50_000; n++) {
            String a = randomString(random, alphabet, 1 + random.nextInt(9));
            String b = random.nextBoolean()
                    ? mutate(random, alphabet, a)
                    : randomString(random, alphabet, 1 + random.nextInt(9));
            assertThat(Comparisons.withinTwo(a, b)).as("%s vs %s", a, b).isEqualTo(reference.apply(a, b));
        }
    }

    @Test
    void the_jaro_winkler_bound_is_never_below_the_similarity() {
        JaroWinklerSimilarity jw = new JaroWinklerSimilarity();
        SplittableRandom random = new SplittableRandom(7);
        String alphabet = "aeinrstuyé";
        for (int n = 0; n < 50_000; n++) {
            String a = randomString(random, alphabet, 1 + random.nextInt(12));
            String b = random.nextBoolean()
                    ? mutate(random, alphabet, a)
                    : randomString(random, alphabet, 1 + random.nextInt(12));
            assertThat(Comparisons.bound(a, b)).as("%s vs %s", a, b).isGreaterThanOrEqualTo(jw.apply(a, b) - 1e-12);
        }
    }

    private static String randomString(SplittableRandom random, String alphabet, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    /** One to three random edits (substitution, insertion, deletion, swap of neighbours). */
    private static String mutate(SplittableRandom random, String alphabet, String s) {
        StringBuilder b = new StringBuilder(s);
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = random.nextInt(b.length() + 1);
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            switch (random.nextInt(4)) {
                case 0 -> b.insert(at, c);
                case 1 -> {
                    if (at < b.length() && b.length() > 1) {
                        b.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (at < b.length()) {
                        b.setCharAt(at, c);
                    }
                }
                default -> {
                    if (at + 1 < b.length()) {
                        char x = b.charAt(at);
                        b.setCharAt(at, b.charAt(at + 1));
                        b.setCharAt(at + 1, x);
                    }
                }
            }
        }
        return b.toString();
    }
}
