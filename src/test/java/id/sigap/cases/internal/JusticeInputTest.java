package id.sigap.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sigap.shared.SigapException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JusticeInputTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void charges_are_normalised_and_free_pairs_in_the_known_format_pass() {
        var c = new JusticeInput.Charge(" UU  21/2007 ", "pasal 2 ayat (1)").normalised();
        assertThat(c).isEqualTo(new JusticeInput.Charge("UU 21/2007", "Pasal 2 ayat (1)"));
        JusticeInput.check(c);
        JusticeInput.check(new JusticeInput.Charge("UU 1/2023", "81").normalised());
    }

    @Test
    void unknown_law_or_article_formats_are_field_problems() {
        assertThatThrownBy(() -> JusticeInput.check(new JusticeInput.Charge("KUHP", "Pasal empat").normalised()))
                .isInstanceOfSatisfying(SigapException.Invalid.class, e -> assertThat(e.problems())
                        .extracting(SigapException.FieldProblem::code)
                        .containsExactly("justice.law-format", "justice.article-format"));
    }

    @Test
    void negative_months_and_future_dates_are_refused() {
        var v = new JusticeInput.Verdict(TODAY.plusDays(1), "PN Kupang", -1, null, -2, null, null, 5L, null, null);
        assertThatThrownBy(() -> JusticeInput.check(v, TODAY))
                .isInstanceOfSatisfying(SigapException.Invalid.class, e -> assertThat(e.problems())
                        .extracting(SigapException.FieldProblem::field)
                        .contains("date", "prisonMonths", "substituteDetentionMonths", "victimPersonId"));
    }
}
