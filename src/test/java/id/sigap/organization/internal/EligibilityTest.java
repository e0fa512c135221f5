package id.sigap.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EligibilityTest {

    @Test
    void a_regency_task_force_takes_national_provincial_and_own_agencies_but_not_other_regions() {
        assertThat(Eligibility.mayServe("53.71", null)).isTrue();
        assertThat(Eligibility.mayServe("53.71", "53")).isTrue();
        assertThat(Eligibility.mayServe("53.71", "53.71")).isTrue();
        assertThat(Eligibility.mayServe("53.71", "53.71.01.1001")).isTrue();
        assertThat(Eligibility.mayServe("53.71", "53.01")).isFalse();
        assertThat(Eligibility.mayServe("53.71", "63.71")).isFalse();
    }

    @Test
    void the_national_task_force_takes_any_agency() {
        assertThat(Eligibility.mayServe(null, "63.71")).isTrue();
    }

    @Test
    void sub_task_forces_are_ordered_by_roman_value() {
        assertThat(RomanNumerals.value("IV")).isEqualTo(4);
        assertThat(RomanNumerals.value("VI")).isEqualTo(6);
        assertThat(RomanNumerals.value("IX")).isLessThan(RomanNumerals.value("X"));
        assertThat(RomanNumerals.value("XII")).isEqualTo(12);
    }
}
