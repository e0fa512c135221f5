package id.sigap.organization;

import id.sigap.security.RegionScope;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The agency register: the module's API for agencies. Callers decide access first (web controllers through
 * {@link id.sigap.security.AccessPolicy}); trusted callers such as the demo-data seeder call it directly. Every write
 * is audited (object type {@code agency}) with the current user, or none for a system actor.
 */
public interface Agencies {

    /**
     * Registers an agency. Refuses an unknown region ({@code org.region-unknown}, 422), an unknown parent, and a
     * name already used in the same region ({@code agency.duplicate-name}, 409); nothing is saved then.
     */
    Agency create(NewAgency agency);

    Agency update(long id, AgencyChange change);

    /** Marks the agency inactive (it stays in history and in past structures). */
    Agency deactivate(long id, int version);

    Optional<Agency> find(long id);

    /** The agency or {@code agency.not-found} (404). */
    Agency require(long id);

    /** The agency named {@code name} (ignoring case and surrounding spaces) in {@code regionCode} (null: national). */
    Optional<Agency> findByName(String regionCode, String name);

    Page<Agency> search(AgencyQuery query, RegionScope scope, PageRequest page);

    /** Active agencies a task force in {@code regionCode} may have as members: national ones, the region's own, those above and below it. */
    List<Agency> candidatesFor(String regionCode);

    /** The agency's names over time, oldest first. */
    List<AgencyName> names(long id);

    /** The name the agency carried on {@code date}. */
    String nameOn(long id, LocalDate date);
}
