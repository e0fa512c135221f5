package id.sigap.security.web;

import id.sigap.security.Grant;
import id.sigap.security.SigapUser;
import java.util.List;

/** A user as the JSON API shows it: no password data, no e-mail unless asked. */
record UserJson(
        long id, String username, String displayName, long agencyId, String agencyName, Boolean enabled,
        List<GrantJson> grants) {

    record GrantJson(Long id, String role, String regionCode, boolean national) {
        static GrantJson of(Grant g) {
            return new GrantJson(null, g.role().name(), g.regionCode(), g.isNational());
        }
    }

    static UserJson of(SigapUser user, String agencyName, Boolean enabled) {
        return new UserJson(
                user.id(),
                user.username(),
                user.displayName(),
                user.agencyId(),
                agencyName,
                enabled,
                user.grants().stream().map(GrantJson::of).toList());
    }
}
