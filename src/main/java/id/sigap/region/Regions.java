package id.sigap.region;

import java.util.List;
import java.util.Optional;

/** Read access to the region and country reference data: the module's API. */
public interface Regions {

    Optional<RegionRef> find(String code);

    /** The region, or {@link id.sigap.shared.SigapException.Invalid} on field {@code field} if unknown/malformed. */
    RegionRef require(String code, String field);

    boolean exists(String code);

    /** Direct children (provinces when {@code parentCode} is null), ordered by code. */
    List<RegionRef> children(String parentCode);

    /** Name or code search, best matches first (prefix, then word, then similarity). */
    List<RegionRef> search(String text, RegionLevel maxLevel, int limit);

    List<RegionRef> provinces();

    Optional<Country> country(String iso2);

    List<Country> countries();
}
