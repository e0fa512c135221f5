package id.sigap.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import id.sigap.security.AgencyDirectory;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SecurityIntegrationTest;
import id.sigap.security.SigapUser;
import id.sigap.security.StoredUsers;
import id.sigap.security.UserAccounts;
import id.sigap.security.UserAccounts.NewAccount;
import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SecurityIntegrationTest
class AccountsIT {

    @Autowired
    UserAccounts accounts;

    @Autowired
    AccountStore store;

    @Autowired
    AdminBootstrap bootstrap;

    @Autowired
    PasswordRules rules;

    private List<String> rejectionCodes(NewAccount account) {
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(
                SigapException.Invalid.class, () -> accounts.provision(account));
        assertThat(e).as("rejected").isNotNull();
        return e.problems().stream().map(FieldProblem::code).toList();
    }

    @Test
    void an_account_is_stored_with_an_argon2id_hash_and_its_grants() {
        String username = StoredUsers.uniqueUsername("Rina");
        SigapUser user = accounts.provision(new NewAccount(
                username,
                "Rina Ndun",
                "rina@example.org",
                7,
                StoredUsers.PASSWORD,
                List.of(new Grant(Role.CASE_WORKER, "53.71"))));

        assertThat(user.username()).isEqualTo(username.toLowerCase());
        assertThat(user.grants()).containsExactly(new Grant(Role.CASE_WORKER, "53.71"));
        Account stored = store.find(user.id()).orElseThrow();
        assertThat(stored.passwordHash()).startsWith("$argon2id$").doesNotContain(StoredUsers.PASSWORD);
        assertThat(stored.enabled()).isTrue();
        assertThat(stored.passwordChangedAt()).isNotNull();
    }

    @Test
    void weak_passwords_are_rejected_with_specific_codes_and_nothing_is_saved() {
        String username = StoredUsers.uniqueUsername("lemah");
        assertThat(rejectionCodes(new NewAccount(username, "Lemah", null, 7, "Ab1!short", List.of())))
                .containsExactly("password.too-short");
        assertThat(rejectionCodes(new NewAccount(username, "Lemah", null, 7, "alllowercaseletters", List.of())))
                .containsExactly("password.too-simple");
        assertThat(rejectionCodes(new NewAccount(username, "Lemah", null, 7, "P@ssw0rd2024!", List.of())))
                .containsExactly("password.common");
        assertThat(rejectionCodes(
                        new NewAccount(username, "Lemah", null, 7, username.toUpperCase() + "-9!", List.of())))
                .containsExactly("password.same-as-username");
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void usernames_are_unique_regardless_of_case() {
        String username = StoredUsers.uniqueUsername("kasus");
        accounts.provision(new NewAccount(username, "Satu", null, 7, StoredUsers.PASSWORD, List.of()));

        assertThat(rejectionCodes(
                        new NewAccount(username.toUpperCase(), "Dua", null, 7, StoredUsers.PASSWORD, List.of())))
                .containsExactly("user.username-taken");
        assertThat(accounts.findByUsername(username.toUpperCase())).isPresent();
    }

    @Test
    void an_unknown_region_or_malformed_input_is_reported_field_by_field() {
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(
                SigapException.Invalid.class,
                () -> accounts.provision(new NewAccount(
                        "-bad name",
                        " ",
                        "not-an-email",
                        7,
                        StoredUsers.PASSWORD,
                        List.of(new Grant(Role.ANALYST, "99.99")))));
        assertThat(e.problems())
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("username", "user.username-invalid"),
                        org.assertj.core.groups.Tuple.tuple("displayName", "field.required"),
                        org.assertj.core.groups.Tuple.tuple("email", "field.email"),
                        org.assertj.core.groups.Tuple.tuple("regionCode", "region.unknown"));
    }

    @Test
    void the_first_administrator_exists_as_national_system_administrator_of_the_secretariat() {
        SigapUser admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(admin.grants()).contains(Grant.national(Role.SYSTEM_ADMIN));
        assertThat(admin.agencyId()).isEqualTo(AgencyDirectory.SECRETARIAT);
        // nothing more happens on a database that already has accounts
        bootstrap.run(null);
        assertThat(accounts.findByUsername("admin")).isPresent();
    }

    @Test
    void a_generated_administrator_password_satisfies_the_rules() {
        for (int i = 0; i < 20; i++) {
            String pw = bootstrap.generate();
            assertThat(pw).hasSize(20);
            assertThat(rules.check("password", "admin", pw)).isEmpty();
        }
    }

    @Test
    void a_provisioned_account_without_password_is_refused() {
        assertThatExceptionOfType(SigapException.Invalid.class)
                .isThrownBy(() -> accounts.provision(
                        new NewAccount(StoredUsers.uniqueUsername("kosong"), "Kosong", null, 7, "", List.of())));
    }
}
