package id.sigap.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sigap.shared.SigapException;
import org.junit.jupiter.api.Test;

class RegionQueryTest {

    @Test
    void limit_defaults_to_20_and_is_held_to_50() {
        assertThat(RegionQuery.of("kupang").limit()).isEqualTo(20);
        assertThat(RegionQuery.of("kupang").withLimit(500).limit()).isEqualTo(50);
        assertThat(RegionQuery.of("kupang").withLimit(-3).limit()).isEqualTo(20);
    }

    @Test
    void text_longer_than_100_characters_is_refused_with_a_field_error() {
        assertThatThrownBy(() -> RegionQuery.of("x".repeat(101)))
                .isInstanceOfSatisfying(
                        SigapException.Invalid.class,
                        e -> assertThat(e.problems().getFirst().code()).isEqualTo("region.query-too-long"));
    }

    @Test
    void level_and_max_level_decide_which_levels_are_admitted() {
        var regenciesAndAbove = RegionQuery.of("x").withMaxLevel(RegionLevel.REGENCY);
        assertThat(regenciesAndAbove.admits(RegionLevel.PROVINCE)).isTrue();
        assertThat(regenciesAndAbove.admits(RegionLevel.DISTRICT)).isFalse();
        var districts = new RegionQuery("x", RegionLevel.DISTRICT, null, null, 0);
        assertThat(districts.admits(RegionLevel.DISTRICT)).isTrue();
        assertThat(districts.admits(RegionLevel.VILLAGE)).isFalse();
    }

    @Test
    void within_must_be_a_well_formed_code() {
        assertThatThrownBy(() -> new RegionQuery("x", null, null, "53.x", 0))
                .isInstanceOf(SigapException.Invalid.class);
        assertThat(new RegionQuery("x", null, null, " 53 ", 0).within()).isEqualTo("53");
    }
}
