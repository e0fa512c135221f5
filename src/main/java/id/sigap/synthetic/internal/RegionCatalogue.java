package id.sigap.synthetic.internal;

import id.sigap.region.RegionRef;
import id.sigap.region.Regions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The regencies and districts of the region module, as {@link Places} for the generator. */
@Component
class RegionCatalogue {

    private final Regions regions;

    RegionCatalogue(Regions regions) {
        this.regions = regions;
    }

    Places places() {
        List<Places.RegencyData> data = new ArrayList<>();
        for (RegionRef province : regions.provinces()) {
            for (RegionRef regency : regions.children(province.code())) {
                Map<String, String> districts = new LinkedHashMap<>();
                regions.children(regency.code()).forEach(d -> districts.put(d.code(), d.name()));
                data.add(new Places.RegencyData(regency.code(), regency.name(), regency.population(), districts));
            }
        }
        return new Places(data);
    }

    /** Province code → name. */
    Map<String, String> provinceNames() {
        Map<String, String> out = new LinkedHashMap<>();
        regions.provinces().forEach(p -> out.put(p.code(), p.name()));
        return out;
    }
}
