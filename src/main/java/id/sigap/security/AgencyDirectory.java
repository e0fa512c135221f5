package id.sigap.security;

import java.util.List;
import java.util.Optional;

/**
 * What security needs to know about agencies (a user belongs to one). Implemented by the organization module, so
 * that security does not depend on it (organization depends on security for its access decisions).
 */
public interface AgencyDirectory {

    /**
     * The agency id of the Sigap secretariat: the pseudo-agency (national, no row in the organization module) of the
     * administrator created on first start and of other system operators.
     */
    long SECRETARIAT = 0L;

    Optional<AgencySummary> find(long agencyId);

    /** Agencies whose region lies in {@code scope}, by name; for choosing a user's agency. */
    List<AgencySummary> inScope(RegionScope scope);

    record AgencySummary(long id, String name, String regionCode, String level) {}
}
