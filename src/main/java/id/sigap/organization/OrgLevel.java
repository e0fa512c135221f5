package id.sigap.organization;

import id.sigap.region.RegionCodes;
import id.sigap.region.RegionLevel;

/**
 * Government level of an agency or task force. The region code must agree with it: national has no region, province
 * level a province code ({@code 53}), regency level a regency or city code ({@code 53.71}).
 */
public enum OrgLevel {
    NATIONAL,
    PROVINCE,
    REGENCY;

    public String labelKey() {
        return "org.level." + name();
    }

    /** True when {@code regionCode} (possibly null) is the kind of region this level belongs to. */
    public boolean accepts(String regionCode) {
        if (regionCode == null) {
            return this == NATIONAL;
        }
        if (this == NATIONAL || !RegionCodes.isWellFormed(regionCode)) {
            return false;
        }
        RegionLevel regionLevel = RegionLevel.ofCode(regionCode);
        return this == PROVINCE ? regionLevel == RegionLevel.PROVINCE : regionLevel == RegionLevel.REGENCY;
    }

    /**
     * The level a region code implies: none → national, a province → province, a regency → regency; null for codes
     * of districts, villages or malformed codes (no agency or task force level fits them).
     */
    public static OrgLevel implied(String regionCode) {
        if (regionCode == null) {
            return NATIONAL;
        }
        if (!RegionCodes.isWellFormed(regionCode)) {
            return null;
        }
        return switch (RegionLevel.ofCode(regionCode)) {
            case PROVINCE -> PROVINCE;
            case REGENCY -> REGENCY;
            default -> null;
        };
    }
}
