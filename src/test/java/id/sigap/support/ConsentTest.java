package id.sigap.support;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.shared.SigapException.FieldProblem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConsentTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    static String[] codes(Consent c, boolean child) {
        return c.problems(TODAY, child).stream().map(FieldProblem::code).toArray(String[]::new);
    }

    @Test
    void recorded_consent_names_who_when_and_what_for() {
        assertThat(codes(new Consent(ConsentGiver.PERSON, TODAY, "Rujukan ke RPTC", null), false))
                .isEmpty();
        assertThat(codes(Consent.NONE, false))
                .containsExactly(
                        "referral.consent-required",
                        "referral.consent-date-required",
                        "referral.consent-purpose-required");
    }

    @Test
    void consent_cannot_be_dated_in_the_future() {
        assertThat(codes(new Consent(ConsentGiver.PARENT_GUARDIAN, TODAY.plusDays(1), "x", null), true))
                .containsExactly("referral.consent-date-future");
    }

    @Test
    void the_override_is_for_children_only_and_needs_no_consent_fields() {
        Consent override = new Consent(null, null, null, "Anak dalam bahaya");
        assertThat(override.isOverride()).isTrue();
        assertThat(codes(override, true)).isEmpty();
        assertThat(codes(override, false)).containsExactly("referral.override-child-only");
    }

    @Test
    void a_blank_override_reason_is_no_override() {
        Consent blank = new Consent(null, null, "  ", "   ");
        assertThat(blank.isOverride()).isFalse();
        assertThat(blank.purpose()).isNull();
    }
}
