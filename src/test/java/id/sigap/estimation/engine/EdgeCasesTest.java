package id.sigap.estimation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every data set of the reference folder gives a finite answer or a clear refusal; synthetic edge cases too. */
class EdgeCasesTest {

    private final Estimator estimator = new Estimator();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "UKdat",
                "UKdat_4",
                "Ned",
                "Ned_5",
                "Kosovo",
                "Korea",
                "Artificial_3",
                "Australia",
                "NewOrl_5_variant186"
            })
    void every_set_gives_a_finite_answer_under_every_method_and_interval(String set) {
        CaptureHistories t = MseData.table(set);
        for (Method m : Method.values()) {
            for (IntervalType i : List.of(IntervalType.WALD, IntervalType.PROFILE)) {
                Estimate e = estimator.estimate(t, EstimateOptions.of(m, i));
                assertThat(e.estimate()).as(set + " " + m).isFinite().isGreaterThanOrEqualTo(t.observed());
                assertThat(e.lower()).isFinite().isBetween((double) t.observed(), e.estimate() + 1e-6);
                assertThat(e.upper()).isGreaterThanOrEqualTo(e.estimate() - 1e-6);
                assertThat(e.sensitivity()).isNotEmpty().allSatisfy(r -> assertThat(
                                r.refused() || Double.isFinite(r.estimate()))
                        .isTrue());
            }
        }
    }

    @Test
    void ned_keeps_pairs_of_lists_that_never_overlap_as_empty_overlaps() {
        // README §2: Ned's selected model includes pairs of lists that never overlap (extended MLE, §3.2)
        Estimate e = estimator.estimate(
                MseData.table("Ned"),
                EstimateOptions.of(Method.STEPWISE, IntervalType.BCA).withReplicates(100));
        assertThat(e.warnings()).contains("estimation.warning.empty-overlaps");
        assertThat(e.estimate()).isFinite();
        assertThat(e.lower()).isFinite().isLessThan(e.estimate());
        assertThat(e.upper()).isFinite().isGreaterThan(e.estimate());
    }

    @Test
    void lists_that_never_overlap_are_refused_with_the_reason() {
        CaptureHistories t = csv("A,B,C,count\n1,0,0,10\n0,1,0,7\n0,0,1,4\n");
        assertThatThrownBy(() -> estimator.estimate(t, EstimateOptions.defaults()))
                .isInstanceOfSatisfying(EstimationRefused.class, r -> {
                    assertThat(r.code()).isEqualTo("estimation.mle-does-not-exist");
                    assertThat(r.explanation()).contains("main effects");
                });
    }

    @Test
    void no_case_at_all_is_refused() {
        CaptureHistories t = csv("A,B,C,count\n1,0,0,0\n");
        assertThatThrownBy(() -> estimator.estimate(t, EstimateOptions.defaults()))
                .isInstanceOfSatisfying(
                        EstimationRefused.class, r -> assertThat(r.code()).isEqualTo("estimation.no-observations"));
    }

    @Test
    void two_lists_and_bad_files_are_refused() {
        assertThatThrownBy(() -> csv("A,B,count\n1,1,3\n"))
                .isInstanceOfSatisfying(
                        EstimationRefused.class, r -> assertThat(r.code()).isEqualTo("estimation.too-few-lists"));
        assertThatThrownBy(() -> csv("A,B,C,n\n1,1,0,3\n"))
                .isInstanceOfSatisfying(
                        EstimationRefused.class, r -> assertThat(r.code()).isEqualTo("estimation.bad-header"));
        assertThatThrownBy(() -> csv("A,B,C,count\n1,2,0,3\n"))
                .isInstanceOfSatisfying(
                        EstimationRefused.class, r -> assertThat(r.code()).isEqualTo("estimation.bad-row"));
        assertThatThrownBy(() -> csv("A,B,C,count\n0,0,0,3\n"))
                .isInstanceOfSatisfying(
                        EstimationRefused.class, r -> assertThat(r.code()).isEqualTo("estimation.bad-pattern"));
    }

    @Test
    void a_list_that_recorded_nobody_does_not_break_the_estimate() {
        CaptureHistories t = csv(
                "A,B,C,D,count\n1,0,0,0,30\n0,1,0,0,20\n1,1,0,0,6\n0,0,1,0,25\n1,0,1,0,5\n" + "0,1,1,0,4\n1,1,1,0,1\n");
        Estimate e = estimator.estimate(
                t, EstimateOptions.of(Method.STEPWISE, IntervalType.BCA).withReplicates(200));
        assertThat(e.estimate()).isFinite();
        assertThat(e.upper()).isFinite();
    }

    @Test
    void very_sparse_random_tables_never_give_nan() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int k = 0; k < 60; k++) {
            int lists = 3 + rng.nextInt(4);
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < lists; i++) {
                s.append((char) ('A' + i)).append(',');
            }
            s.append("count\n");
            for (int c = 1; c < 1 << lists; c++) {
                int count = rng.nextInt(10) < 7 ? 0 : rng.nextInt(1, 6);
                for (int i = 0; i < lists; i++) {
                    s.append((c >> i) & 1).append(',');
                }
                s.append(count).append('\n');
            }
            CaptureHistories t = csv(s.toString());
            try {
                Estimate e = estimator.estimate(
                        t,
                        EstimateOptions.of(Method.values()[k % 3], IntervalType.values()[k % 3])
                                .withReplicates(50));
                assertThat(e.estimate()).isFinite().isGreaterThanOrEqualTo(t.observed());
                assertThat(e.lower()).isNotNaN();
                assertThat(e.upper()).isNotNaN();
            } catch (EstimationRefused r) {
                assertThat(r.code()).startsWith("estimation.");
                assertThat(r.explanation()).isNotBlank();
            }
        }
    }

    @Test
    void the_small_existence_program_agrees_with_the_reference_program() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int k = 0; k < 300; k++) {
            int lists = 3 + rng.nextInt(3);
            double[] y = new double[1 << lists];
            for (int c = 1; c < y.length; c++) {
                y[c] = rng.nextInt(10) < 6 ? 0 : rng.nextInt(1, 4);
            }
            List<ListPair> model = new ArrayList<>();
            for (ListPair p : ModelSelection.pairs(lists)) {
                if (rng.nextBoolean()) {
                    model.add(p);
                }
            }
            Design d = Design.of(lists, y, model);
            assertThat(ExistenceCheck.exists(d))
                    .as("table %d", k)
                    .isEqualTo(ExistenceCheck.existsByReferenceProgram(d));
        }
    }

    static CaptureHistories csv(String text) {
        try {
            return CaptureHistories.fromCsv(new StringReader(text));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
