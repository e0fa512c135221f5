package id.sigap.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import id.sigap.security.AuditTrail;
import id.sigap.security.CurrentUser;
import id.sigap.security.Grant;
import id.sigap.security.RegionScope;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.AuditEvent;
import id.sigap.shared.SigapException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GrantBasedAccessPolicyTest {

    private final List<Object> published = new ArrayList<>();
    private final Map<Long, List<String>> emergency = new HashMap<>();
    private final AuditTrail audit = new AuditTrail(published::add, new CurrentUser() {
        @Override
        public SigapUser require() {
            throw new SigapException.NotAllowed("auth.required");
        }

        @Override
        public Optional<SigapUser> get() {
            return Optional.empty();
        }
    });
    private final GrantBasedAccessPolicy policy =
            new GrantBasedAccessPolicy(audit, userId -> emergency.getOrDefault(userId, List.of()));

    private static SigapUser user(long id, Grant... grants) {
        return new SigapUser(id, "u" + id, "U", 1, List.of(grants));
    }

    @Test
    void a_regency_case_worker_works_in_his_regency_only() {
        SigapUser kupang = user(1, new Grant(Role.CASE_WORKER, "53.71"));
        assertThat(policy.allows(kupang, "53.71.01", Role.CASE_WORKER)).isTrue();
        assertThat(policy.allows(kupang, "53.72", Role.CASE_WORKER)).isFalse();
        assertThat(policy.allows(kupang, "53.71", Role.ANALYST)).isFalse();
    }

    @Test
    void active_break_the_glass_widens_the_scope_for_the_roles_the_user_holds() {
        SigapUser kupang = user(2, new Grant(Role.CASE_WORKER, "53.71"));
        emergency.put(2L, List.of("63.71"));

        assertThat(policy.allows(kupang, "63.71.02", Role.CASE_WORKER)).isTrue();
        assertThat(policy.scope(kupang).covers("63.71")).isTrue();
        // not for a role the user does not hold
        assertThat(policy.allows(kupang, "63.71", Role.ANALYST)).isFalse();
        // and never for powers that only grants give
        assertThat(policy.grantedScope(kupang, Role.CASE_WORKER).covers("63.71"))
                .isFalse();
    }

    @Test
    void a_user_without_roles_gains_nothing_from_break_the_glass() {
        SigapUser nobody = user(3);
        emergency.put(3L, List.of("63"));
        assertThat(policy.scope(nobody)).isEqualTo(RegionScope.NONE);
    }

    @Test
    void a_refusal_throws_not_allowed_and_is_audited() {
        SigapUser kupang = user(4, new Grant(Role.CASE_WORKER, "53.71"));
        assertThatExceptionOfType(SigapException.NotAllowed.class)
                .isThrownBy(() -> policy.require(kupang, "63.71", "case", "17", Role.CASE_WORKER))
                .satisfies(e -> assertThat(e.code()).isEqualTo("access.denied"));
        assertThat(published).singleElement().isInstanceOfSatisfying(AuditEvent.class, e -> {
            assertThat(e.action()).isEqualTo(AuditEvent.Action.ACCESS_DENIED);
            assertThat(e.objectType()).isEqualTo("case");
            assertThat(e.regionCode()).isEqualTo("63.71");
        });
        policy.require(kupang, "53.71", "case", "18", Role.CASE_WORKER);
        assertThat(published).hasSize(1);
    }

    @Test
    void an_account_without_roles_is_not_staff_and_forms_default_to_a_regional_grant() {
        SigapUser nobody = user(7);
        SigapUser secretary =
                user(8, new Grant(Role.TASKFORCE_SECRETARY, null), new Grant(Role.TASKFORCE_SECRETARY, "53.71"));
        SigapUser national = user(9, new Grant(Role.TASKFORCE_SECRETARY, null));

        assertThat(policy.holdsAnyRole(nobody)).isFalse();
        assertThat(policy.holdsAnyRole(secretary)).isTrue();
        assertThat(policy.grantRegion(secretary, Role.TASKFORCE_SECRETARY)).contains("53.71");
        assertThat(policy.grantRegion(national, Role.TASKFORCE_SECRETARY)).isEmpty();
        assertThat(policy.grantRegion(secretary, Role.ANALYST)).isEmpty();
    }
}
