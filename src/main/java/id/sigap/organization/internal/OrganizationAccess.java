package id.sigap.organization.internal;

import id.sigap.region.Regions;
import id.sigap.security.AccessPolicy;
import id.sigap.security.CurrentUser;
import id.sigap.security.RegionScope;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import org.springframework.stereotype.Component;

/**
 * The module's access rules, decided by {@link AccessPolicy}: any staff member reads agencies and task forces in their
 * scope (any role); system administrators edit agencies in their scope; task-force secretaries and system
 * administrators edit task forces in their scope (a national task force needs national scope).
 */
@Component
public class OrganizationAccess {

    private static final Role[] ANY = Role.values();
    private static final Role[] TASKFORCE_EDITORS = {Role.TASKFORCE_SECRETARY, Role.SYSTEM_ADMIN};

    private final AccessPolicy policy;
    private final CurrentUser current;
    private final Regions regions;

    OrganizationAccess(AccessPolicy policy, CurrentUser current, Regions regions) {
        this.policy = policy;
        this.current = current;
        this.regions = regions;
    }

    public SigapUser user() {
        return current.require();
    }

    public RegionScope readScope(SigapUser user) {
        return policy.scope(user, ANY);
    }

    public void requireRead(SigapUser user, String regionCode, String objectType, Object id) {
        policy.require(user, regionCode, objectType, String.valueOf(id), ANY);
    }

    public boolean mayCreateAgencies(SigapUser user) {
        return user.has(Role.SYSTEM_ADMIN);
    }

    /** Refuses (and audits) unless the user is a system administrator at some scope. */
    public void requireSomeAgencyAdmin(SigapUser user) {
        if (!mayCreateAgencies(user)) {
            policy.require(user, null, "agency", null, Role.SYSTEM_ADMIN);
        }
    }

    public boolean mayEditAgency(SigapUser user, String regionCode) {
        return policy.allows(user, regionCode, Role.SYSTEM_ADMIN);
    }

    /** Refuses unless the user administers {@code regionCode}; an unknown region is bad input, not a refusal. */
    public void requireAgencyAdmin(SigapUser user, String regionCode, Object id) {
        if (!user.has(Role.SYSTEM_ADMIN)) {
            policy.require(user, regionCode, "agency", id == null ? null : String.valueOf(id), Role.SYSTEM_ADMIN);
        }
        requireKnownRegion(regionCode);
        policy.require(user, regionCode, "agency", id == null ? null : String.valueOf(id), Role.SYSTEM_ADMIN);
    }

    public boolean mayCreateTaskForces(SigapUser user) {
        return user.hasAny(TASKFORCE_EDITORS);
    }

    /** Refuses (and audits) unless the user may edit task forces at some scope. */
    public void requireSomeTaskForceEditor(SigapUser user) {
        if (!mayCreateTaskForces(user)) {
            policy.require(user, null, "task_force", null, TASKFORCE_EDITORS);
        }
    }

    public boolean mayEditTaskForce(SigapUser user, String regionCode) {
        return policy.allows(user, regionCode, TASKFORCE_EDITORS);
    }

    public void requireTaskForceEditor(SigapUser user, String regionCode, Object id) {
        if (!user.hasAny(TASKFORCE_EDITORS)) {
            policy.require(user, regionCode, "task_force", id == null ? null : String.valueOf(id), TASKFORCE_EDITORS);
        }
        requireKnownRegion(regionCode);
        policy.require(user, regionCode, "task_force", id == null ? null : String.valueOf(id), TASKFORCE_EDITORS);
    }

    public boolean isNationalAdmin(SigapUser user) {
        return policy.allows(user, null, Role.SYSTEM_ADMIN);
    }

    public void requireNationalAdmin(SigapUser user, String objectType) {
        policy.require(user, null, objectType, null, Role.SYSTEM_ADMIN);
    }

    private void requireKnownRegion(String regionCode) {
        if (regionCode != null && !regions.exists(regionCode)) {
            throw new SigapException.Invalid("regionCode", "org.region-unknown", regionCode);
        }
    }
}
