package id.sigap.cases.internal;

import id.sigap.security.AccessPolicy;
import id.sigap.security.CurrentUser;
import id.sigap.security.RegionScope;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import org.jooq.Condition;
import org.jooq.Field;
import org.springframework.stereotype.Component;

/**
 * The module's one access rule, decided by {@link AccessPolicy}. Read: case workers, intake officers, investigators
 * and analysts (read-only) whose scope covers the case region, or whose agency owns the case. Write: case workers,
 * intake officers and investigators in scope. Identifiers unmasked: case workers and investigators in scope. (An
 * accepted referral never opens the case file: the support module shows the referred persons' services itself.)
 */
@Component
public class CaseAccess {

    public static final String CASE = "case";
    public static final String PERSON = "person";
    static final Role[] READERS = {Role.CASE_WORKER, Role.INTAKE_OFFICER, Role.INVESTIGATOR, Role.ANALYST};
    static final Role[] WRITERS = {Role.CASE_WORKER, Role.INTAKE_OFFICER, Role.INVESTIGATOR};
    static final Role[] IDENTIFIER_READERS = {Role.CASE_WORKER, Role.INVESTIGATOR};

    private final AccessPolicy policy;
    private final CurrentUser current;

    CaseAccess(AccessPolicy policy, CurrentUser current) {
        this.policy = policy;
        this.current = current;
    }

    public SigapUser user() {
        return current.require();
    }

    public RegionScope readScope(SigapUser user) {
        return policy.scope(user, READERS);
    }

    /** SQL predicate: cases the user may read (region in scope, or owned by the user's agency). */
    public Condition readable(SigapUser user, Field<String> regionCode, Field<Long> owningAgency) {
        if (!user.hasAny(READERS)) {
            return readScope(user).condition(regionCode);
        }
        return readScope(user).condition(regionCode).or(owningAgency.eq(user.agencyId()));
    }

    public boolean mayRead(SigapUser user, String regionCode, long owningAgencyId) {
        return policy.allows(user, regionCode, READERS) || (user.hasAny(READERS) && user.agencyId() == owningAgencyId);
    }

    /** Refuses (403, audited by the policy) unless the user may read the case. */
    public void requireRead(SigapUser user, String regionCode, long owningAgencyId, Object caseId) {
        if (!mayRead(user, regionCode, owningAgencyId)) {
            policy.require(user, regionCode, CASE, String.valueOf(caseId), READERS);
        }
    }

    /** Refuses (403, audited) a user who holds none of the reading roles anywhere. */
    public void requireSomeReader(SigapUser user) {
        if (!user.hasAny(READERS)) {
            policy.require(user, null, PERSON, null, READERS);
        }
    }

    /** Refuses (403, audited) reading {@code objectType} {@code id} in {@code regionCode} unless the policy allows it. */
    public void refuse(SigapUser user, String regionCode, String objectType, Object id) {
        policy.require(user, regionCode, objectType, String.valueOf(id), READERS);
    }

    public boolean maySomewhereWrite(SigapUser user) {
        return !policy.scope(user, WRITERS).isEmpty();
    }

    /** Refuses (403, audited) a user who may write cases nowhere. */
    public void requireSomeWriter(SigapUser user) {
        if (!maySomewhereWrite(user)) {
            policy.require(user, null, CASE, null, WRITERS);
        }
    }

    public boolean mayWrite(SigapUser user, String regionCode) {
        return policy.allows(user, regionCode, WRITERS);
    }

    public void requireWrite(SigapUser user, String regionCode, String objectType, Object id) {
        policy.require(user, regionCode, objectType, id == null ? null : String.valueOf(id), WRITERS);
    }

    /** Whether identifiers (NIK, passport, phone, address) are shown unmasked. */
    public boolean maySeeIdentifiers(SigapUser user, String regionCode) {
        return policy.allows(user, regionCode, IDENTIFIER_READERS);
    }

    public RegionScope personScope(SigapUser user) {
        return readScope(user);
    }
}
