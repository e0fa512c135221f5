package id.sigap.prevention.internal;

import id.sigap.region.RegionLevel;
import id.sigap.region.RegionOrder;
import id.sigap.region.RegionRef;
import id.sigap.region.Regions;
import id.sigap.shared.PageRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * How many districts and villages a region has, from the region reference data, remembered once counted (the
 * reference data changes only with a migration, i.e. a restart). The whole country takes one pass over the ~7,300
 * districts the first time.
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
        if (code == null) {
            return regions.provinces().stream().map(p -> of(p.code())).reduce(new Size(0, 0), Size::plus);
        }
        return switch (RegionLevel.ofCode(code)) {
            case VILLAGE -> new Size(0, 1);
            case DISTRICT ->
                new Size(
                        1,
                        regions.children(code, new PageRequest(0, 1), RegionOrder.CODE)
                                .totalElements());
            default ->
                regions.children(code).stream()
                        .map(RegionRef::code)
                        .map(this::of)
                        .reduce(new Size(0, 0), Size::plus);
        };
    }
}
