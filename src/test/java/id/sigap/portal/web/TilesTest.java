package id.sigap.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.portal.web.Tiles.Tile;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TilesTest {

    static final Set<String> EVERY_PAGE =
            Set.of("/instansi", "/gugus-tugas", "/wilayah", "/admin/pengguna", "/audit", "/akun/token");

    @Test
    void a_case_worker_gets_the_common_tiles_but_not_administration_or_audit() {
        assertThat(keys(user(Role.CASE_WORKER), EVERY_PAGE))
                .containsExactly("agencies", "taskforces", "regions", "tokens");
    }

    @Test
    void an_administrator_also_gets_users_and_audit() {
        assertThat(keys(user(Role.SYSTEM_ADMIN), EVERY_PAGE))
                .containsExactly("agencies", "taskforces", "regions", "users", "audit", "tokens");
    }

    @Test
    void an_intake_officer_gets_the_triage_queue_and_the_cases_first() {
        Set<String> pages = new java.util.HashSet<>(EVERY_PAGE);
        pages.addAll(Set.of("/pengaduan", "/kasus"));
        assertThat(keys(user(Role.INTAKE_OFFICER), pages))
                .containsExactly("reports", "cases", "agencies", "taskforces", "regions", "tokens");
        assertThat(keys(user(Role.INVESTIGATOR), pages)).contains("cases").doesNotContain("reports");
    }

    @Test
    void an_auditor_gets_the_audit_tile_but_not_users() {
        assertThat(keys(user(Role.AUDITOR), EVERY_PAGE)).contains("audit").doesNotContain("users");
    }

    @Test
    void a_page_that_does_not_exist_in_this_installation_gets_no_tile() {
        assertThat(keys(user(Role.SYSTEM_ADMIN), Set.of("/wilayah", "/audit"))).containsExactly("regions", "audit");
    }

    @Test
    void a_user_without_roles_gets_no_tiles() {
        SigapUser nobody = new SigapUser(1, "nobody", "Nobody", 1, List.of());
        assertThat(keys(nobody, EVERY_PAGE)).isEmpty();
    }

    private static SigapUser user(Role role) {
        return new SigapUser(1, "u", "U", 1, List.of(new Grant(role, "53.71")));
    }

    private static List<String> keys(SigapUser user, Set<String> pages) {
        return Tiles.choose(user, pages::contains).stream().map(Tile::key).toList();
    }
}
