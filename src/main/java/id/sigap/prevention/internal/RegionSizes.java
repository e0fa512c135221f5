package id.sigap.prevention.internal;

import id.sigap.region.RegionLevel;
import id.sigap.region.Regions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * How many districts and villages a region has, from the region reference data (two counts), remembered once
 * counted (the reference data changes only with a migration, i.e. a restart).
 */
@Component
class RegionSizes {

    /** Districts and villages of a region. */
    record Size(long districts, long villages) {
        Size plus(Size o) {
            return new Size(districts + o.districts, villages + o.villages);
        }
    }

    private final Regions regions;
    private final Map<String, Size> known = new ConcurrentHashMap<>();

    RegionSizes(Regions regions) {
        this.regions = regions;
    }

    /** The size of {@code code}'s subtree; null for the whole country. */
    Size of(String code) {
        String key = code == null ? "" : code;
        Size s = known.get(key);
        if (s == null) {
            s = count(code);
            known.put(key, s);
        }
        return s;
    }

    private Size count(String code) {
        return new Size(regions.count(code, RegionLevel.DISTRICT), regions.count(code, RegionLevel.VILLAGE));
    }
}
