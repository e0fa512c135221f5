package id.sigap.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExpectationMaximisationTest {

    /** Three extra fields with four levels each; data drawn from known m, u and lambda. */
    private final Fields fields = new Fields(List.of("a", "b", "c"));

    private final double[] mTrue = {0.05, 0.05, 0.1, 0.8};
    private final double[] uTrue = {0.85, 0.1, 0.04, 0.01};

    private int draw(SplittableRandom r, double[] p) {
        double x = r.nextDouble();
        for (int l = 0; l < p.length - 1; l++) {
            x -= p[l];
            if (x < 0) {
                return l;
            }
        }
        return p.length - 1;
    }

    @Test
    void recovers_known_parameters_from_unlabelled_comparisons() {
        SplittableRandom r = new SplittableRandom(7);
        Map<Long, Long> patterns = new HashMap<>();
        Map<Long, Long> random = new HashMap<>();
        int base = Fields.Core.values().length;
        for (int i = 0; i < 50_000; i++) {
            boolean match = r.nextDouble() < 0.2;
            long v = 0;
            long rv = 0;
            for (int f = 0; f < 3; f++) {
                v = Fields.with(v, base + f, draw(r, match ? mTrue : uTrue));
                rv = Fields.with(rv, base + f, draw(r, uTrue));
            }
            patterns.merge(v, 1L, Long::sum);
            random.merge(rv, 1L, Long::sum);
        }
        FellegiSunter model = ExpectationMaximisation.estimate(fields, patterns, random);
        assertThat(model.lambda()).isCloseTo(0.2, within(0.02));
        for (int f = 0; f < 3; f++) {
            for (int l = 0; l < 4; l++) {
                assertThat(model.m()[base + f][l]).isCloseTo(mTrue[l], within(0.03));
                assertThat(model.u()[base + f][l]).isCloseTo(uTrue[l], within(0.03));
            }
        }
        // agreement weighs for a match, disagreement against
        assertThat(model.weight(base, 3)).isGreaterThan(5);
        assertThat(model.weight(base, 0)).isLessThan(-3);
    }

    @Test
    void missing_fields_weigh_nothing() {
        FellegiSunter model = ExpectationMaximisation.estimate(fields, Map.of(0L, 10L), Map.of());
        assertThat(model.weight(0L)).isZero();
    }
}
