package id.sigap.organization;

/**
 * Filters of the agency list. {@code regionCode} selects that region and everything under it; {@code text} matches
 * name or short name. {@code sort} is one of name, type, region.
 */
public record AgencyQuery(
        String text, AgencyType type, String regionCode, boolean includeInactive, String sort, boolean descending) {

    public AgencyQuery {
        text = Texts.clean(text);
        regionCode = Texts.clean(regionCode);
        sort = sort == null || !(sort.equals("type") || sort.equals("region")) ? "name" : sort;
    }

    public static AgencyQuery all() {
        return new AgencyQuery(null, null, null, true, "name", false);
    }
}
