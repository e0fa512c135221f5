package id.sigap.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The authenticated staff member: the principal of every authenticated request (form login, OpenID Connect or
 * personal access token). Grants are loaded fresh for each request so a revoked role takes effect at once.
 */
public record SigapUser(long id, String username, String displayName, long agencyId, List<Grant> grants)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public SigapUser {
        grants = List.copyOf(grants);
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    public boolean hasAny(Role... roles) {
        return Arrays.stream(roles).anyMatch(this::has);
    }

    /** The union of the scopes at which the user holds any of {@code roles} (all roles if none given). */
    public RegionScope scope(Role... roles) {
        List<Role> wanted = roles.length == 0 ? List.of(Role.values()) : List.of(roles);
        RegionScope scope = RegionScope.NONE;
        for (Grant g : grants) {
            if (wanted.contains(g.role())) {
                scope = scope.union(g.isNational() ? RegionScope.NATIONAL : RegionScope.of(List.of(g.regionCode())));
            }
        }
        return scope;
    }

    public Locale locale() {
        return Locale.forLanguageTag("id");
    }
}
