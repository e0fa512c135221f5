package id.sigap.support.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.sigap.shared.SigapException;
import id.sigap.support.ItemInput;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ItemRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    static ItemInput dates(LocalDate requested, LocalDate started, LocalDate completed) {
        return new ItemInput(1L, "LEGAL", false, null, requested, started, completed, null, null, null, 0);
    }

    static String[] codes(ItemInput in) {
        var e = catchThrowableOfType(SigapException.Invalid.class, () -> ItemRules.check(in, TODAY));
        return e.problems().stream().map(SigapException.FieldProblem::code).toArray(String[]::new);
    }

    @Test
    void dates_in_order_up_to_today_pass() {
        assertThatCode(() -> ItemRules.check(dates(TODAY.minusDays(3), TODAY.minusDays(1), TODAY), TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void every_problem_with_the_dates_is_reported_at_once() {
        assertThat(codes(dates(TODAY.plusDays(1), TODAY.minusDays(2), null)))
                .containsExactly("service.date-future", "service.started-before-requested");
        assertThat(codes(dates(null, null, TODAY))).containsExactly("service.completed-without-start");
        assertThat(codes(dates(null, TODAY, TODAY.minusDays(1)))).containsExactly("service.completed-before-started");
    }

    @Test
    void notes_are_limited() {
        var in = new ItemInput(1L, "LEGAL", false, null, null, null, null, null, null, "x".repeat(4001), 0);
        assertThat(codes(in)).containsExactly("service.text-too-long");
    }
}
