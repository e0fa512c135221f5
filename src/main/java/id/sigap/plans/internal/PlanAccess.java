package id.sigap.plans.internal;

import id.sigap.security.AccessPolicy;
import id.sigap.security.AuditTrail;
import id.sigap.security.CurrentUser;
import id.sigap.security.RegionScope;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.AuditEvent;
import id.sigap.shared.SigapException;
import org.springframework.stereotype.Component;

/**
 * The module's access rules, decided by {@link AccessPolicy}. Plans and meetings are read by staff whose scope (any
 * role) covers their region (a national RAN or rakornas by all staff) and by the agencies responsible for their
 * indicators or follow-ups; they are created and changed by the task-force secretary of their region. Every refusal
 * is audited.
 */
@Component
public class PlanAccess {

    public static final String PLAN = "action-plan";
    public static final String INDICATOR = "plan-indicator";
    public static final String REPORT = "progress-report";
    public static final String EVIDENCE = "progress-evidence";
    public static final String MEETING = "meeting";
    public static final String FOLLOW_UP = "follow-up";

    private final AccessPolicy policy;
    private final CurrentUser current;
    private final AuditTrail audit;

    PlanAccess(AccessPolicy policy, CurrentUser current, AuditTrail audit) {
        this.policy = policy;
        this.current = current;
        this.audit = audit;
    }

    public SigapUser user() {
        return current.require();
    }

    /** Regions whose plans and meetings the user reads (national ones are read by all staff). */
    public RegionScope readScope(SigapUser user) {
        return policy.scope(user, Role.values());
    }

    public boolean mayRead(SigapUser user, String regionCode) {
        return regionCode == null ? policy.holdsAnyRole(user) : readScope(user).covers(regionCode);
    }

    /** Whether the user is staff of his agency (holds any role): he acts for it on its follow-ups and indicators. */
    public boolean isStaff(SigapUser user) {
        return policy.holdsAnyRole(user);
    }

    /** The region of the user's task-force secretary grant, null when national or none: the default of forms. */
    public String secretaryRegion(SigapUser user) {
        return policy.grantRegion(user, Role.TASKFORCE_SECRETARY).orElse(null);
    }

    /** Whether the user is the task-force secretary for {@code regionCode} (null: national). */
    public boolean mayEdit(SigapUser user, String regionCode) {
        return policy.allows(user, regionCode, Role.TASKFORCE_SECRETARY);
    }

    /** Refuses (403, audited) unless {@link #mayEdit}. */
    public void requireEdit(SigapUser user, String regionCode, String objectType, Object id) {
        policy.require(user, regionCode, objectType, id == null ? null : String.valueOf(id), Role.TASKFORCE_SECRETARY);
    }

    /** Refuses (403, audited) unless {@code allowed}. */
    public void require(boolean allowed, String objectType, Object id, String regionCode) {
        if (!allowed) {
            audit.record(AuditEvent.Action.ACCESS_DENIED, objectType, id, regionCode, null);
            throw new SigapException.NotAllowed("access.denied");
        }
    }
}
