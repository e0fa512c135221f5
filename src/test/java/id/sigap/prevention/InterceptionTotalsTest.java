package id.sigap.prevention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InterceptionTotalsTest {

    @Test
    void without_aggregates_the_total_is_what_the_records_add_up_to() {
        var recorded = Map.of("53.71.01", 5L, "53.71.02", 3L, "53.01.04", 2L);
        assertThat(InterceptionTotals.total("53", Map.of(), recorded)).isEqualTo(10);
        assertThat(InterceptionTotals.total("53.71", Map.of(), recorded)).isEqualTo(8);
        assertThat(InterceptionTotals.total(null, Map.of(), recorded)).isEqualTo(10);
    }

    @Test
    void an_aggregate_includes_the_registered_persons_of_its_region_so_they_are_not_added_again() {
        var recorded = Map.of("53.71.01", 5L);
        var aggregates = Map.of("53.71", 12L);
        assertThat(InterceptionTotals.total("53.71", aggregates, recorded)).isEqualTo(12);
        assertThat(InterceptionTotals.total("53", aggregates, recorded)).isEqualTo(12);
        assertThat(InterceptionTotals.total(null, aggregates, recorded)).isEqualTo(12);
    }

    @Test
    void an_aggregate_smaller_than_the_records_never_hides_them() {
        var recorded = Map.of("53.71.01", 5L, "53.71.03", 4L);
        assertThat(InterceptionTotals.total("53.71", Map.of("53.71", 6L), recorded))
                .isEqualTo(9);
    }

    @Test
    void records_outside_every_aggregate_are_added_to_the_aggregates() {
        var recorded = Map.of("53.71.01", 5L, "53.01.04", 2L);
        var aggregates = Map.of("53.71", 12L);
        assertThat(InterceptionTotals.total("53", aggregates, recorded)).isEqualTo(14);
    }

    @Test
    void nested_aggregates_count_once_the_outer_one_wins_unless_its_parts_are_larger() {
        var recorded = Map.of("53.71.01", 5L);
        assertThat(InterceptionTotals.total("53", Map.of("53", 519L, "53.71", 12L), recorded))
                .isEqualTo(519);
        assertThat(InterceptionTotals.total("53", Map.of("53", 10L, "53.71", 12L, "53.01", 4L), recorded))
                .isEqualTo(16);
    }

    @Test
    void an_aggregate_above_the_region_asked_about_does_not_count_there() {
        var recorded = Map.of("53.71.01", 5L);
        assertThat(InterceptionTotals.total("53.71", Map.of("53", 519L), recorded))
                .isEqualTo(5);
    }

    @Test
    void the_seeded_ntt_figures_are_the_totals_of_years_without_records() {
        var aggregates = Map.of("53", 1379L);
        assertThat(InterceptionTotals.total("53", aggregates, Map.of())).isEqualTo(1379);
        assertThat(InterceptionTotals.total("53", aggregates, Map.of("53.71.01", 40L)))
                .isEqualTo(1379);
    }
}
