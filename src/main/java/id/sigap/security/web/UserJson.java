package id.sigap.security.web;

import id.sigap.security.Grant;
import id.sigap.security.SigapUser;
import java.time.Instant;
import java.util.List;

/** The signed-in user as {@code GET /api/v1/me} shows it: grants and active break-the-glass access. */
record UserJson(
        long id,
        String username,
        String displayName,
        long agencyId,
        String agencyName,
        List<GrantJson> grants,
        List<BreakGlassJson> breakGlass) {

    record GrantJson(String role, String regionCode, boolean national) {
        static GrantJson of(Grant g) {
            return new GrantJson(g.role().name(), g.regionCode(), g.isNational());
        }
    }

    record BreakGlassJson(long id, String regionCode, Instant expiresAt) {}

    static UserJson of(SigapUser user, String agencyName, List<BreakGlassJson> breakGlass) {
        return new UserJson(
                user.id(),
                user.username(),
                user.displayName(),
                user.agencyId(),
                agencyName,
                user.grants().stream().map(GrantJson::of).toList(),
                breakGlass);
    }
}
