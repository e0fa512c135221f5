package id.sigap.prevention.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InterceptionRulesTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Test
    void a_person_under_eighteen_on_the_day_of_the_interception_is_a_child() {
        assertThat(InterceptionRules.isChild(LocalDate.of(2008, 11, 25), null, DAY))
                .isTrue();
        assertThat(InterceptionRules.isChild(LocalDate.of(2008, 11, 24), null, DAY))
                .isFalse();
        assertThat(InterceptionRules.isChild(null, 17, DAY)).isTrue();
        assertThat(InterceptionRules.isChild(null, 18, DAY)).isFalse();
    }

    @Test
    void the_birth_date_wins_over_an_estimated_age() {
        assertThat(InterceptionRules.isChild(LocalDate.of(2000, 1, 1), 15, DAY)).isFalse();
    }
}
