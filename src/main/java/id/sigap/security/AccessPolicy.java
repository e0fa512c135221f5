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

    /**
     * Whether the user holds any role at all: staff of his agency. An account without roles may do nothing, not even
     * what any member of an agency's staff may (report for his agency, follow up on its actions).
     */
    default boolean holdsAnyRole(SigapUser user) {
        return !user.grants().isEmpty();
    }

    /**
     * The region of the user's first regional grant of {@code role}, empty when he has none (or only a national one): a
     * default for forms, never an access decision.
     */
    default java.util.Optional<String> grantRegion(SigapUser user, Role role) {
        return user.grants().stream()
                .filter(g -> g.role() == role)
                .map(Grant::regionCode)
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /** True when the user holds one of {@code roles} at a scope covering {@code regionCode}. */
    boolean allows(SigapUser user, String regionCode, Role... roles);

    /**
     * Refuses (and audits the refusal of) {@code action} on {@code objectType}/{@code objectId} in {@code regionCode}
     * unless {@link #allows} holds.
     */
    void require(SigapUser user, String regionCode, String objectType, String objectId, Role... roles);
}
