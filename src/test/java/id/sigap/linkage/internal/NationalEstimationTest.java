package id.sigap.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.linkage.engine.ExpectationMaximisation;
import id.sigap.linkage.engine.FellegiSunter;
import id.sigap.linkage.engine.Fields;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * EM on the candidate pairs of the national synthetic dataset ({@code ./sigap generate --cases 200000 --seed 1}:
 * 1,026,374 persons, 29.9 million pairs compared across agencies). The resources hold only agreement patterns (the
 * encoded levels of each field, no names or values) with how many pairs show each pattern and how many of those are
 * one person in the generator's truth ({@code synthetic.truth}), and the patterns of 200,000 random pairs. Relatives
 * registered together (one surname, one village, another given name and birth date) dominate these pairs: from the
 * plain start EM takes them for the match class; from the reference model it finds the persons.
 */
class NationalEstimationTest {

    private static final double MATCH = LinkModels.SETTINGS.matchThreshold();

    @Test
    void from_the_reference_model_em_finds_persons_not_relatives() throws IOException {
        Map<Long, long[]> candidates = read("/linkage/national-candidate-patterns.csv");
        Map<Long, Long> counts = new HashMap<>();
        candidates.forEach((vector, c) -> counts.put(vector, c[0]));
        Map<Long, Long> random = new HashMap<>();
        read("/linkage/national-random-patterns.csv").forEach((vector, c) -> random.put(vector, c[0]));
        Fields core = Fields.core();

        FellegiSunter plain = ExpectationMaximisation.estimate(core, counts, random);
        FellegiSunter fromReference = ExpectationMaximisation.estimate(core, counts, random, LinkModels.reference());

        int birthDate = Fields.Core.BIRTH_DATE.ordinal();
        assertThat(plain.weight(birthDate, 0))
                .as("the plain start: a differing birth date speaks for the 'match' class of relatives")
                .isGreaterThan(0);
        assertThat(fromReference.weight(birthDate, 0)).isLessThan(0);
        assertThat(fromReference.weight(birthDate, 3)).isGreaterThan(0);

        assertThat(plain.coherent())
                .as("Linker falls back to the reference for such a model")
                .isFalse();
        assertThat(fromReference.coherent()).isTrue();

        Quality q = Quality.of(fromReference, candidates);
        Quality worse = Quality.of(plain, candidates);
        assertThat(q.precision()).isGreaterThanOrEqualTo(0.999);
        assertThat(q.recall()).isGreaterThanOrEqualTo(0.97);
        assertThat(q.recall()).isGreaterThan(worse.recall() + 0.05);
        assertThat(q.precision()).isGreaterThan(worse.precision());
    }

    @Test
    void a_level_never_seen_in_the_data_is_no_objection_to_the_estimate() throws IOException {
        // as if passports were rare and only equal ones ever compared: no pair with differing passports
        int passport = Fields.Core.PASSPORT.ordinal();
        Map<Long, Long> counts = new HashMap<>();
        read("/linkage/national-candidate-patterns.csv").forEach((vector, c) -> {
            if (Fields.level(vector, passport) != 0) {
                counts.merge(vector, c[0], Long::sum);
            }
        });
        Map<Long, Long> random = new HashMap<>();
        read("/linkage/national-random-patterns.csv").forEach((vector, c) -> random.put(vector, c[0]));

        FellegiSunter model = ExpectationMaximisation.estimate(Fields.core(), counts, random, LinkModels.reference());

        assertThat(model.weight(passport, 0)).isZero();
        assertThat(model.coherent()).isTrue();
    }

    /** Pairs at or above the match threshold against the truth, over the candidate pairs. */
    private record Quality(double precision, double recall) {
        static Quality of(FellegiSunter model, Map<Long, long[]> candidates) {
            long predicted = 0;
            long correct = 0;
            long truth = 0;
            for (Map.Entry<Long, long[]> e : candidates.entrySet()) {
                truth += e.getValue()[1];
                if (model.score(e.getKey()) >= MATCH) {
                    predicted += e.getValue()[0];
                    correct += e.getValue()[1];
                }
            }
            return new Quality((double) correct / predicted, (double) correct / truth);
        }
    }

    /** vector (hex), pairs[, matches] per line after a header. */
    private static Map<Long, long[]> read(String resource) throws IOException {
        Map<Long, long[]> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(NationalEstimationTest.class.getResourceAsStream(resource)),
                StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] cells = line.split(",");
                out.put(
                        Long.parseUnsignedLong(cells[0], 16),
                        new long[] {Long.parseLong(cells[1]), cells.length > 2 ? Long.parseLong(cells[2]) : 0});
            }
        }
        return out;
    }
}
