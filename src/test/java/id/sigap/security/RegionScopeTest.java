package id.sigap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class RegionScopeTest {

    @Test
    void a_province_covers_itself_and_everything_below_it() {
        RegionScope ntt = RegionScope.of(List.of("53"));
        assertThat(ntt.covers("53")).isTrue();
        assertThat(ntt.covers("53.71")).isTrue();
        assertThat(ntt.covers("53.71.01.1001")).isTrue();
    }

    @Test
    void a_prefix_of_digits_is_not_a_parent() {
        RegionScope scope = RegionScope.of(List.of("53.7"));
        assertThat(scope.covers("53.71")).isFalse();
        assertThat(RegionScope.of(List.of("5")).covers("53")).isFalse();
    }

    @Test
    void a_regency_does_not_cover_its_province_or_neighbours() {
        RegionScope kupang = RegionScope.of(List.of("53.71"));
        assertThat(kupang.covers("53")).isFalse();
        assertThat(kupang.covers("53.72")).isFalse();
        assertThat(kupang.covers("63.71")).isFalse();
    }

    @Test
    void national_covers_everything_including_national_records() {
        assertThat(RegionScope.NATIONAL.covers("63.71.01")).isTrue();
        assertThat(RegionScope.NATIONAL.covers(null)).isTrue();
        assertThat(RegionScope.of(List.of("53")).covers(null)).isFalse();
    }

    @Test
    void none_covers_nothing_and_is_empty() {
        assertThat(RegionScope.NONE.isEmpty()).isTrue();
        assertThat(RegionScope.NONE.covers("53")).isFalse();
        assertThat(RegionScope.NATIONAL.isEmpty()).isFalse();
    }

    @Test
    void roots_are_kept_minimal() {
        RegionScope scope = RegionScope.of(List.of("53.71", "53", "63.71.01", "63.71"));
        assertThat(scope.roots()).containsExactlyInAnyOrder("53", "63.71");
    }

    @Test
    void a_union_with_national_is_national() {
        assertThat(RegionScope.of(List.of("53")).union(RegionScope.NATIONAL)).isEqualTo(RegionScope.NATIONAL);
        assertThat(RegionScope.of(List.of("53.71"))
                        .union(RegionScope.of(List.of("53")))
                        .roots())
                .containsExactly("53");
        assertThat(RegionScope.NONE.union(RegionScope.of(Set.of("32"))).covers("32.73"))
                .isTrue();
    }

    @Test
    void the_sql_condition_matches_the_subtree_by_prefix_with_a_dot() {
        var field = DSL.field(DSL.name("region_code"), String.class);
        String sql = DSL.using(SQLDialect.POSTGRES)
                .renderInlined(RegionScope.of(List.of("53")).condition(field));
        assertThat(sql).contains("= '53'").contains("like '53.%'");
        assertThat(DSL.using(SQLDialect.POSTGRES).renderInlined(RegionScope.NONE.condition(field)))
                .isEqualTo("false");
        assertThat(DSL.using(SQLDialect.POSTGRES).renderInlined(RegionScope.NATIONAL.condition(field)))
                .isEqualTo("true");
    }
}
