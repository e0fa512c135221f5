package id.sigap.audit.web;

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
 * Who may read the audit log: auditors and system administrators, each within the region scope of those roles.
 * Verifying the whole chain reads every region's entries, so it needs that scope to be national. Refusals are
 * audited.
 */
@Component
class AuditAccess {

    static final String OBJECT_TYPE = "audit-log";
    private static final Role[] READERS = {Role.AUDITOR, Role.SYSTEM_ADMIN};

    private final CurrentUser currentUser;
    private final AccessPolicy policy;
    private final AuditTrail audit;

    AuditAccess(CurrentUser currentUser, AccessPolicy policy, AuditTrail audit) {
        this.currentUser = currentUser;
        this.policy = policy;
        this.audit = audit;
    }

    /** The scope of the current user's audit roles; refuses a user without one. */
    RegionScope requireReader() {
        SigapUser user = currentUser.require();
        RegionScope scope = policy.scope(user, READERS);
        if (scope.isEmpty()) {
            refuse("access.denied");
        }
        return scope;
    }

    void requireNational() {
        if (!requireReader().national()) {
            refuse("audit.verify.national-only");
        }
    }

    private void refuse(String code) {
        audit.record(AuditEvent.Action.ACCESS_DENIED, OBJECT_TYPE, null, null, code);
        throw new SigapException.NotAllowed(code);
    }
}
