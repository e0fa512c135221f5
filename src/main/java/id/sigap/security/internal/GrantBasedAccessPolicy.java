package id.sigap.security.internal;

import id.sigap.security.AccessPolicy;
import id.sigap.security.AuditTrail;
import id.sigap.security.RegionScope;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.AuditEvent;
import id.sigap.shared.SigapException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Role + region subtree from the user's grants, widened by the user's active break-the-glass access: while it
 * lasts, the region counts for every role the user holds (asked for). Powers that emergency access must not
 * widen use {@link #grantedScope}.
 */
@Component
class GrantBasedAccessPolicy implements AccessPolicy {

    private final AuditTrail audit;
    private final BreakGlassRegions breakGlass;

    GrantBasedAccessPolicy(AuditTrail audit, BreakGlassRegions breakGlass) {
        this.audit = audit;
        this.breakGlass = breakGlass;
    }

    @Override
    public RegionScope scope(SigapUser user, Role... roles) {
        RegionScope granted = user.scope(roles);
        boolean holdsRole = roles.length == 0 ? !user.grants().isEmpty() : user.hasAny(roles);
        if (!holdsRole || granted.national()) {
            return granted;
        }
        List<String> emergency = breakGlass.activeRegions(user.id());
        return emergency.isEmpty() ? granted : granted.union(RegionScope.of(emergency));
    }

    @Override
    public boolean allows(SigapUser user, String regionCode, Role... roles) {
        return scope(user, roles).covers(regionCode);
    }

    @Override
    public void require(SigapUser user, String regionCode, String objectType, String objectId, Role... roles) {
        if (!allows(user, regionCode, roles)) {
            audit.record(AuditEvent.Action.ACCESS_DENIED, objectType, objectId, regionCode, null);
            throw new SigapException.NotAllowed("access.denied");
        }
    }
}
