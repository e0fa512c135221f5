package id.sigap.security.internal;

import id.sigap.security.AccessPolicy;
import id.sigap.security.AuditTrail;
import id.sigap.security.Grant;
import id.sigap.security.RegionScope;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.AuditEvent;
import id.sigap.shared.SigapException;
import org.springframework.stereotype.Component;

/**
 * Which accounts an administrator may manage: those of agencies in the administrator's own SYSTEM_ADMIN scope
 * (by grant; break-the-glass never extends it) whose every grant also lies in that scope, so that nobody can take
 * over an account more powerful than their own. Refusals are audited.
 */
@Component
public class AdminScope {

    private final AccessPolicy policy;
    private final AccountStore accounts;
    private final GrantStore grants;
    private final AgencyLookup agencies;
    private final AuditTrail audit;

    AdminScope(AccessPolicy policy, AccountStore accounts, GrantStore grants, AgencyLookup agencies, AuditTrail audit) {
        this.policy = policy;
        this.accounts = accounts;
        this.grants = grants;
        this.agencies = agencies;
        this.audit = audit;
    }

    /** The administrator's scope; refused when there is none. */
    public RegionScope of(SigapUser admin) {
        RegionScope scope = policy.grantedScope(admin, Role.SYSTEM_ADMIN);
        if (scope.isEmpty()) {
            throw denied("user", null, "access.denied");
        }
        return scope;
    }

    /** The account, if {@code admin} may manage it. */
    public Account manageable(SigapUser admin, long accountId) {
        RegionScope scope = of(admin);
        Account account = accounts.find(accountId).orElseThrow(() -> new SigapException.NotFound("user.not-found"));
        boolean agencyInScope = agencies.isIn(account.agencyId(), scope);
        boolean grantsInScope = grants.grants(account.id()).stream().allMatch(g -> covers(scope, g));
        if (!agencyInScope || !grantsInScope) {
            throw denied("user", accountId, "user.out-of-scope");
        }
        return account;
    }

    /** Refuses an agency outside the administrator's scope. */
    public void requireAgency(SigapUser admin, long agencyId) {
        if (!agencies.isIn(agencyId, of(admin))) {
            throw denied("agency", agencyId, "user.agency-out-of-scope");
        }
    }

    /** Refuses a grant the administrator could not hold himself. */
    public void requireGrantable(SigapUser admin, Grant grant, Object accountId) {
        if (!covers(of(admin), grant)) {
            throw denied("role_grant", accountId, "grant.out-of-scope");
        }
    }

    static boolean covers(RegionScope scope, Grant grant) {
        return grant.isNational() ? scope.national() : scope.covers(grant.regionCode());
    }

    private SigapException.NotAllowed denied(String objectType, Object objectId, String code) {
        audit.record(AuditEvent.Action.ACCESS_DENIED, objectType, objectId, null, code);
        return new SigapException.NotAllowed(code);
    }
}
