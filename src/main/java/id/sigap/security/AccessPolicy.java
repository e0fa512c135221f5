package id.sigap.security;

/**
 * The single access decision of Sigap: role + agency + region subtree, plus active break-the-glass access. Every
 * module asks here; none decides on its own. A refusal throws {@link id.sigap.shared.SigapException.NotAllowed} and
 * is written to the audit log.
 */
public interface AccessPolicy {

    /** The regions the user may work in with any of {@code roles}, including active break-the-glass grants. */
    RegionScope scope(SigapUser user, Role... roles);

    /**
     * The regions where the user holds one of {@code roles} by grant alone, without break-the-glass: for powers that
     * emergency access must never extend, such as administering users and roles.
     */
    default RegionScope grantedScope(SigapUser user, Role... roles) {
        return user.scope(roles);
    }

    /** True when the user holds one of {@code roles} at a scope covering {@code regionCode}. */
    boolean allows(SigapUser user, String regionCode, Role... roles);

    /**
     * Refuses (and audits the refusal of) {@code action} on {@code objectType}/{@code objectId} in {@code regionCode}
     * unless {@link #allows} holds.
     */
    void require(SigapUser user, String regionCode, String objectType, String objectId, Role... roles);
}
