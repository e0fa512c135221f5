package id.sigap.organization.internal;

import id.sigap.region.RegionRef;
import id.sigap.region.Regions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Region names for display, remembered (regions are reference data that changes only with a migration). */
@Component
public class RegionNames {

    private final Regions regions;
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private volatile List<RegionRef> provinces;

    RegionNames(Regions regions) {
        this.regions = regions;
    }

    /** The region's name, or null for no region (national). */
    public String of(String code) {
        if (code == null) {
            return null;
        }
        return names.computeIfAbsent(
                code, c -> regions.find(c).map(RegionRef::name).orElse(c));
    }

    public List<RegionRef> provinces() {
        List<RegionRef> p = provinces;
        if (p == null) {
            p = List.copyOf(regions.provinces());
            provinces = p;
        }
        return p;
    }
}
