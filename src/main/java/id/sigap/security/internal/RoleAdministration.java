package id.sigap.security.internal;

import id.sigap.region.Regions;
import id.sigap.security.AuditTrail;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Granting and revoking roles at a region scope. An administrator grants only inside his own scope (a national
 * grant only by a national administrator) and only to accounts he may manage; revocation takes effect on the
 * user's next request.
 */
@Service
public class RoleAdministration {

    private final AdminScope scope;
    private final GrantStore grants;
    private final Regions regions;
    private final AuditTrail audit;
    private final Clock clock;

    RoleAdministration(AdminScope scope, GrantStore grants, Regions regions, AuditTrail audit, Clock clock) {
        this.scope = scope;
        this.grants = grants;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    public List<GrantStore.StoredGrant> of(SigapUser admin, long accountId) {
        scope.manageable(admin, accountId);
        return grants.stored(accountId);
    }

    /** Grants {@code role} at {@code regionCode} (blank: national); returns the grant's id. */
    @Transactional
    public long grant(SigapUser admin, long accountId, String role, String regionCode) {
        scope.manageable(admin, accountId);
        Role r = parse(role);
        String code = regionCode == null || regionCode.isBlank() ? null : regionCode.trim();
        if (code != null) {
            code = regions.require(code, "regionCode").code();
        }
        Grant grant = new Grant(r, code);
        scope.requireGrantable(admin, grant, accountId);
        long id = grants.add(accountId, grant, admin.id(), clock.instant())
                .orElseThrow(() -> new SigapException.Invalid("role", "grant.exists"));
        audit.created("role_grant", id, code);
        return id;
    }

    @Transactional
    public void revoke(SigapUser admin, long accountId, long grantId) {
        scope.manageable(admin, accountId);
        GrantStore.StoredGrant g = grants.find(grantId)
                .filter(found -> found.userId() == accountId)
                .orElseThrow(() -> new SigapException.NotFound("grant.not-found"));
        if (accountId == admin.id() && g.grant().role() == Role.SYSTEM_ADMIN) {
            throw new SigapException.Conflict("grant.self-admin");
        }
        grants.remove(grantId);
        audit.deleted("role_grant", grantId, g.grant().regionCode());
    }

    private static Role parse(String role) {
        if (role == null || role.isBlank()) {
            throw new SigapException.Invalid("role", "grant.role-required");
        }
        try {
            return Role.valueOf(role.trim());
        } catch (IllegalArgumentException e) {
            throw new SigapException.Invalid("role", "grant.role-required");
        }
    }
}
