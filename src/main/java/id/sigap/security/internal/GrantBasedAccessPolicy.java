package id.sigap.security.internal;

import id.sigap.security.AccessPolicy;
import id.sigap.security.AuditTrail;
import id.sigap.security.RegionScope;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.AuditEvent;
import id.sigap.shared.SigapException;
import org.springframework.stereotype.Component;

/** Role + region subtree from the user's grants. */
@Component
class GrantBasedAccessPolicy implements AccessPolicy {

    private final AuditTrail audit;

    GrantBasedAccessPolicy(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public RegionScope scope(SigapUser user, Role... roles) {
        return user.scope(roles);
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
