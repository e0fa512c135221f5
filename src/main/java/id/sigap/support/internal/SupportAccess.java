package id.sigap.support.internal;

import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseFiles.CaseSummary;
import id.sigap.security.AccessPolicy;
import id.sigap.security.AuditTrail;
import id.sigap.security.CurrentUser;
import id.sigap.security.RegionScope;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.AuditEvent;
import id.sigap.shared.SigapException;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The module's access rules, decided by {@link AccessPolicy} and by the cases module. A service plan is read by whoever
 * may read its case, and its referred persons' part by an agency holding an accepted referral that shares their data
 * ({@link #requireView}); it is changed by
 * the case's writers; a provider agency's staff record the progress of their own items; referrals are decided by
 * staff of the receiving agency and revoked by staff of the sending agency. Every refusal is audited by the policy.
 */
@Component
public class SupportAccess {

    public static final String PLAN = "service-plan";
    public static final String ITEM = "service-item";
    public static final String REFERRAL = "referral";
    public static final String DIRECTORY = "service-directory";

    static final Role[] WORKERS = {Role.CASE_WORKER, Role.INTAKE_OFFICER, Role.INVESTIGATOR};
    static final Role[] READERS = {Role.CASE_WORKER, Role.INTAKE_OFFICER, Role.INVESTIGATOR, Role.ANALYST};
    static final Role[] SECRETARIAT = {Role.TASKFORCE_SECRETARY, Role.SYSTEM_ADMIN};

    private final AccessPolicy policy;
    private final CurrentUser current;
    private final CaseFiles cases;
    private final AuditTrail audit;
    private final ReferralStore referrals;

    SupportAccess(
            AccessPolicy policy, CurrentUser current, CaseFiles cases, AuditTrail audit, ReferralStore referrals) {
        this.audit = audit;
        this.referrals = referrals;
        this.policy = policy;
        this.current = current;
        this.cases = cases;
    }

    public SigapUser user() {
        return current.require();
    }

    /**
     * What of the case the user may see in this module: everything for whoever may read the case by region or
     * ownership; for staff of an agency holding an accepted referral that shares person data, only the persons those
     * referrals cover (their items, legs and visits), never the case file itself; 404 or 403 (audited) otherwise.
     */
    public CaseView requireView(SigapUser user, long caseId) {
        CaseSummary c = cases.summary(caseId).orElseThrow(() -> new SigapException.NotFound("case.not-found"));
        boolean full = policy.allows(user, c.regionCode(), READERS)
                || (isReader(user) && c.owningAgencyId() == user.agencyId());
        if (!full && isReader(user)) {
            Set<Long> granted = referrals.grantedPersons(user.agencyId(), caseId);
            if (!granted.isEmpty()) {
                return new CaseView(c, granted);
            }
        }
        if (!full) {
            cases.requireReadable(user, caseId);
        }
        return new CaseView(c, null);
    }

    /** A case as this module shows it to one user; {@code persons} null means every person of the case. */
    public record CaseView(CaseSummary summary, Set<Long> persons) {

        public boolean shows(long personId) {
            return persons == null || persons.contains(personId);
        }

        public boolean whole() {
            return persons == null;
        }
    }

    public boolean mayWriteCase(SigapUser user, CaseSummary c) {
        return policy.allows(user, c.regionCode(), WORKERS);
    }

    /** Refuses (403, audited) unless the user may change the case's plan and send referrals for it. */
    public void requireCaseWrite(SigapUser user, CaseSummary c) {
        policy.require(user, c.regionCode(), PLAN, String.valueOf(c.id()), WORKERS);
    }

    /** Whether the user works for {@code agencyId} in a service role (records progress, decides referrals). */
    public boolean actsFor(SigapUser user, Long agencyId) {
        return agencyId != null && agencyId == user.agencyId() && user.hasAny(WORKERS);
    }

    /** Refuses (403, audited) unless {@link #actsFor}. */
    public void requireActsFor(SigapUser user, Long agencyId, String objectType, Object id) {
        if (!actsFor(user, agencyId)) {
            audit.record(AuditEvent.Action.ACCESS_DENIED, objectType, id, null, null);
            throw new SigapException.NotAllowed("access.denied");
        }
    }

    /** Regions where the user reads plans and referrals by region (besides those of the user's own agency). */
    public RegionScope readScope(SigapUser user) {
        return policy.scope(user, READERS);
    }

    public boolean isReader(SigapUser user) {
        return user.hasAny(READERS);
    }

    /** Refuses (403, audited) a user who holds none of the reading roles anywhere. */
    public void requireSomeReader(SigapUser user) {
        if (!isReader(user)) {
            policy.require(user, null, REFERRAL, null, READERS);
        }
    }

    /** Refuses (403, audited) unless the user may read {@code objectType} in {@code regionCode} by region. */
    public void refuse(SigapUser user, String regionCode, String objectType, Object id) {
        policy.require(user, regionCode, objectType, String.valueOf(id), READERS);
    }

    public boolean mayReadRegion(SigapUser user, String regionCode) {
        return policy.allows(user, regionCode, READERS);
    }

    /** The directory is kept by task-force secretaries and administrators whose scope covers the entry's region. */
    public boolean mayEditDirectory(SigapUser user, String regionCode) {
        return policy.allows(user, regionCode, SECRETARIAT);
    }

    public void requireDirectoryEdit(SigapUser user, String regionCode, Object id) {
        policy.require(user, regionCode, DIRECTORY, id == null ? null : String.valueOf(id), SECRETARIAT);
    }

    public boolean maySomewhereEditDirectory(SigapUser user) {
        return !policy.scope(user, SECRETARIAT).isEmpty();
    }
}
