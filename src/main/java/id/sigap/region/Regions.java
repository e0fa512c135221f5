package id.sigap.region;

import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** Read access to the region and country reference data: the module's API. */
public interface Regions {

    Optional<RegionRef> find(String code);

    /** The region with its ancestors (province first). */
    Optional<LocatedRegion> locate(String code);

    /** The region, or {@link id.sigap.shared.SigapException.Invalid} on field {@code field} if unknown/malformed. */
    RegionRef require(String code, String field);

    boolean exists(String code);

    /** Direct children (provinces when {@code parentCode} is null), ordered by code. */
    List<RegionRef> children(String parentCode);

    /** One page of the direct children (provinces when {@code parentCode} is null). */
    Page<RegionRef> children(String parentCode, PageRequest page, RegionOrder order);

    /** Name or code search, best matches first (see {@link #lookup}). */
    List<RegionRef> search(String text, RegionLevel maxLevel, int limit);

    /**
     * Name or code search with each match's ancestors, best matches first: exact name, then name prefix, then word
     * prefix, then similar spelling; ignoring case, accents and punctuation. "kab"/"kabupaten", "kota", "kec",
     * "desa"/"kel" and "prov" in the text favour that kind of region ("kab kupang", "kupang kota"); common
     * abbreviations such as "jkt" or "ntt" are understood. Digits search by code prefix ({@code 53.71},
     * {@code 5371}). Empty text gives an empty list.
     */
    List<LocatedRegion> lookup(RegionQuery query);

    List<RegionRef> provinces();

    /** How many regions of {@code level} lie within {@code code} (itself included; null: the whole country). */
    long count(String code, RegionLevel level);

    Optional<Country> country(String iso2);

    List<Country> countries();

    /** Countries by ISO code or name (Indonesian or English), best matches first; all countries for empty text. */
    List<Country> searchCountries(String text, int limit);
}
