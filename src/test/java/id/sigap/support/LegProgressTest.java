package id.sigap.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.sigap.shared.SigapException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LegProgressTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static String[] codes(LegProgress p, boolean child) {
        var e = catchThrowableOfType(SigapException.Invalid.class, () -> p.check(TODAY, child));
        return e.problems().stream().map(SigapException.FieldProblem::code).toArray(String[]::new);
    }

    @Test
    void a_planned_leg_needs_nothing_yet_even_for_a_child() {
        assertThatCode(() -> new LegProgress(null, null, null, " ").check(TODAY, true))
                .doesNotThrowAnyException();
    }

    @Test
    void a_leg_under_way_has_departed_and_a_done_leg_has_arrived_after_it() {
        assertThat(codes(new LegProgress(LegStatus.IN_TRANSIT, null, null, null), false))
                .containsExactly("repatriation.departure-required");
        assertThat(codes(new LegProgress(LegStatus.DONE, TODAY, null, null), false))
                .containsExactly("repatriation.arrival-required");
        assertThat(codes(new LegProgress(LegStatus.DONE, TODAY, TODAY.minusDays(1), null), false))
                .containsExactly("repatriation.arrival-before-departure");
        assertThat(codes(new LegProgress(LegStatus.DONE, TODAY, TODAY.plusDays(1), null), false))
                .containsExactly("service.date-future");
    }

    @Test
    void a_child_moves_only_with_an_escort() {
        assertThat(codes(new LegProgress(LegStatus.IN_TRANSIT, TODAY, null, null), true))
                .containsExactly("repatriation.escort-required");
        assertThatCode(() -> new LegProgress(LegStatus.IN_TRANSIT, TODAY, null, "Pendamping").check(TODAY, true))
                .doesNotThrowAnyException();
        assertThatCode(() -> new LegProgress(LegStatus.IN_TRANSIT, TODAY, null, null).check(TODAY, false))
                .doesNotThrowAnyException();
    }
}
