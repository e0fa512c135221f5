package id.sigap.portal.web;

import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The tiles of the home page: one per capability the user may use, and only for pages that exist in this
 * installation (so the home page never links to something that is not built yet).
 */
@Component
class Tiles {

    /** In the order shown. An empty role set: every signed-in user with at least one role. */
    static final List<Tile> ALL = List.of(
            new Tile("reports", "/pengaduan", Set.of(Role.INTAKE_OFFICER, Role.CASE_WORKER)),
            new Tile("cases", "/kasus", Set.of(Role.CASE_WORKER, Role.INTAKE_OFFICER, Role.INVESTIGATOR, Role.ANALYST)),
            new Tile("agencies", "/instansi", Set.of()),
            new Tile("taskforces", "/gugus-tugas", Set.of()),
            new Tile("regions", "/wilayah", Set.of()),
            new Tile("users", "/admin/pengguna", Set.of(Role.SYSTEM_ADMIN)),
            new Tile("audit", "/audit", Set.of(Role.AUDITOR, Role.SYSTEM_ADMIN)),
            new Tile("tokens", "/akun/token", Set.of()));

    private final AvailablePages pages;

    Tiles(AvailablePages pages) {
        this.pages = pages;
    }

    List<Tile> forUser(SigapUser user) {
        return choose(user, pages::exists);
    }

    static List<Tile> choose(SigapUser user, Predicate<String> pageExists) {
        if (user.grants().isEmpty()) {
            return List.of();
        }
        return ALL.stream()
                .filter(t -> t.roles().isEmpty() || user.hasAny(t.roles().toArray(Role[]::new)))
                .filter(t -> pageExists.test(t.path()))
                .toList();
    }

    /** A capability: message keys {@code portal.tile.<key>.title} and {@code .text}, and the page it opens. */
    record Tile(String key, String path, Set<Role> roles) {

        Tile {
            roles = Set.copyOf(roles);
        }
    }
}
