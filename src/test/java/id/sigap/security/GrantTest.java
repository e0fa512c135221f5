package id.sigap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;

class GrantTest {

    @Test
    void a_national_grant_covers_every_region_and_national_records() {
        Grant g = Grant.national(Role.ANALYST);
        assertThat(g.isNational()).isTrue();
        assertThat(g.covers("53.71")).isTrue();
        assertThat(g.covers(null)).isTrue();
    }

    @Test
    void a_province_grant_covers_its_regencies_but_not_national_records() {
        Grant g = new Grant(Role.CASE_WORKER, "53");
        assertThat(g.covers("53.71")).isTrue();
        assertThat(g.covers("63.71")).isFalse();
        assertThat(g.covers(null)).isFalse();
    }

    @Test
    void a_grant_needs_a_role() {
        assertThatNullPointerException().isThrownBy(() -> new Grant(null, "53"));
    }

    @Test
    void a_user_scope_is_the_union_of_the_grants_for_the_asked_roles() {
        SigapUser u = new SigapUser(
                1, "u", "U", 1, List.of(new Grant(Role.CASE_WORKER, "53.71"), new Grant(Role.ANALYST, "63")));
        assertThat(u.scope(Role.CASE_WORKER).covers("53.71.01")).isTrue();
        assertThat(u.scope(Role.CASE_WORKER).covers("63.71")).isFalse();
        assertThat(u.scope().covers("63.71")).isTrue();
        assertThat(u.scope(Role.SYSTEM_ADMIN)).isEqualTo(RegionScope.NONE);
        assertThat(u.hasAny(Role.AUDITOR, Role.ANALYST)).isTrue();
    }
}
