package id.sigap.prevention.internal;

import id.sigap.security.AccessPolicy;
import id.sigap.security.CurrentUser;
import id.sigap.security.RegionScope;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import org.springframework.stereotype.Component;

/**
 * The module's access rules, decided by {@link AccessPolicy} (every refusal audited there). Field officers (intake
 * officers, case workers, investigators — a port officer of KP2MI, immigration or police holds one of these) record
 * interceptions and see the persons in their regions; task-force secretaries, analysts and administrators see counts
 * only. Yearly aggregates are kept by the secretariat (secretaries, administrators) of the region. Outreach
 * activities and watch groups are recorded by field officers and the secretariat.
 */
@Component
public class PreventionAccess {

    public static final String INTERCEPTION = "interception";
    public static final String PERSON = "intercepted-person";
    public static final String AGGREGATE = "interception-aggregate";
    public static final String OUTREACH = "outreach";
    public static final String WATCH_GROUP = "watch-group";

    static final Role[] FIELD = {Role.INTAKE_OFFICER, Role.CASE_WORKER, Role.INVESTIGATOR};
    static final Role[] SECRETARIAT = {Role.TASKFORCE_SECRETARY, Role.SYSTEM_ADMIN};
    static final Role[] COUNT_READERS = {
        Role.INTAKE_OFFICER,
        Role.CASE_WORKER,
        Role.INVESTIGATOR,
        Role.TASKFORCE_SECRETARY,
        Role.ANALYST,
        Role.SYSTEM_ADMIN
    };
    static final Role[] ACTIVITY_WRITERS = {
        Role.INTAKE_OFFICER, Role.CASE_WORKER, Role.INVESTIGATOR, Role.TASKFORCE_SECRETARY, Role.SYSTEM_ADMIN
    };

    private final AccessPolicy policy;
    private final CurrentUser current;

    PreventionAccess(AccessPolicy policy, CurrentUser current) {
        this.policy = policy;
        this.current = current;
    }

    public SigapUser user() {
        return current.require();
    }

    /** Regions whose interceptions (counts) the user may read. */
    public RegionScope countScope(SigapUser user) {
        return policy.scope(user, COUNT_READERS);
    }

    /** Refuses (403, audited) reading counts of {@code regionCode} (null: national) unless in scope. */
    public void requireCounts(SigapUser user, String regionCode) {
        policy.require(user, regionCode, INTERCEPTION, null, COUNT_READERS);
    }

    public void requireCountsOf(SigapUser user, String regionCode, long id) {
        policy.require(user, regionCode, INTERCEPTION, String.valueOf(id), COUNT_READERS);
    }

    /** Whether the user sees the persons (names, ages, follow-up) of interceptions in {@code regionCode}. */
    public boolean maySeePersons(SigapUser user, String regionCode) {
        return policy.allows(user, regionCode, FIELD);
    }

    public boolean mayRecord(SigapUser user, String regionCode) {
        return policy.allows(user, regionCode, FIELD);
    }

    public boolean maySomewhereRecord(SigapUser user) {
        return !policy.scope(user, FIELD).isEmpty();
    }

    public void requireRecord(SigapUser user, String regionCode, Object id) {
        policy.require(user, regionCode, INTERCEPTION, id == null ? null : String.valueOf(id), FIELD);
    }

    public boolean mayKeepAggregates(SigapUser user, String regionCode) {
        return policy.allows(user, regionCode, SECRETARIAT);
    }

    public boolean maySomewhereKeepAggregates(SigapUser user) {
        return !policy.scope(user, SECRETARIAT).isEmpty();
    }

    public void requireAggregates(SigapUser user, String regionCode, Object id) {
        policy.require(user, regionCode, AGGREGATE, id == null ? null : String.valueOf(id), SECRETARIAT);
    }

    public RegionScope activityScope(SigapUser user) {
        return policy.scope(user, COUNT_READERS);
    }

    public boolean mayWriteActivities(SigapUser user, String regionCode) {
        return policy.allows(user, regionCode, ACTIVITY_WRITERS);
    }

    public boolean maySomewhereWriteActivities(SigapUser user) {
        return !policy.scope(user, ACTIVITY_WRITERS).isEmpty();
    }

    public void requireActivities(SigapUser user, String regionCode, String objectType, Object id) {
        policy.require(user, regionCode, objectType, id == null ? null : String.valueOf(id), ACTIVITY_WRITERS);
    }

    public void requireActivityRead(SigapUser user, String regionCode, String objectType, Object id) {
        policy.require(user, regionCode, objectType, id == null ? null : String.valueOf(id), COUNT_READERS);
    }
}
