package id.sigap.prevention;

import id.sigap.region.RegionLevel;

/** The level of an outreach activity, and the region level its place must have (none for national ones). */
public enum OutreachLevel {
    VILLAGE(RegionLevel.VILLAGE),
    DISTRICT(RegionLevel.DISTRICT),
    REGENCY(RegionLevel.REGENCY),
    PROVINCE(RegionLevel.PROVINCE),
    NATIONAL(null);

    private final RegionLevel regionLevel;

    OutreachLevel(RegionLevel regionLevel) {
        this.regionLevel = regionLevel;
    }

    public RegionLevel regionLevel() {
        return regionLevel;
    }

    public String labelKey() {
        return "prevention.level." + name();
    }
}
