package id.sigap.linkage.internal;

import id.sigap.cases.LinkablePersons;
import id.sigap.security.AccessPolicy;
import id.sigap.security.RegionScope;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import java.util.Collection;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may see and decide linkage. Reviewers: analysts, case workers and investigators, within their region scope; a
 * pair or a cluster member is shown only when the reviewer may see that person record by the rule of cases (so a
 * cluster never tells anything about a record outside his scope). The full relink: national system administrators.
 */
@Component
public class LinkageAccess {

    public static final Role[] REVIEWERS = {Role.ANALYST, Role.CASE_WORKER, Role.INVESTIGATOR};

    private final AccessPolicy policy;
    private final LinkablePersons persons;

    LinkageAccess(AccessPolicy policy, LinkablePersons persons) {
        this.policy = policy;
        this.persons = persons;
    }

    /** The reviewer's scope; refuses (403, audited) a user who reviews nowhere. */
    RegionScope requireReviewer(SigapUser user) {
        RegionScope scope = policy.scope(user, REVIEWERS);
        if (scope.isEmpty()) {
            policy.require(user, null, "linkage-pair", null, REVIEWERS);
        }
        return scope;
    }

    /** Of {@code personIds}, those the user may see. */
    Set<Long> visible(SigapUser user, Collection<Long> personIds) {
        return persons.visibleTo(user, personIds);
    }

    /** Refuses (403, audited) anyone but a national system administrator (granted, not by break-the-glass). */
    public void requireRelinker(SigapUser user) {
        if (!mayRelink(user)) {
            policy.require(user, null, "linkage-relink", null, Role.SYSTEM_ADMIN);
            throw new SigapException.NotAllowed("linkage.relink-not-allowed");
        }
    }

    public boolean mayRelink(SigapUser user) {
        return policy.grantedScope(user, Role.SYSTEM_ADMIN).national();
    }
}
