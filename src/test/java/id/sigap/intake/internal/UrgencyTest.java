package id.sigap.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.intake.QuickChoice;
import id.sigap.intake.Urgency;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UrgencyTest {

    @Test
    void danger_outweighs_a_child_which_outweighs_abroad() {
        Urgency danger = Urgency.of(Set.of(QuickChoice.LOCKED_IN), 30, null);
        Urgency childAbroad = Urgency.of(Set.of(QuickChoice.JOB_OFFER_ABROAD), 17, "MY");
        Urgency abroad = Urgency.of(Set.of(), 30, "MY");
        assertThat(danger.score()).isGreaterThan(childAbroad.score());
        assertThat(childAbroad.child()).isTrue();
        assertThat(childAbroad.abroad()).isTrue();
        assertThat(childAbroad.score()).isGreaterThan(abroad.score());
        assertThat(Urgency.of(Set.of(), null, null).score()).isZero();
    }
}
