package id.sigap.cases.web;

import id.sigap.region.RegionRef;
import id.sigap.region.Regions;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Names of the regions shown on one page of a list: one look-up per distinct code (at most a page of them). */
@Component
class CaseRegionNames {

    private final Regions regions;

    CaseRegionNames(Regions regions) {
        this.regions = regions;
    }

    Map<String, String> of(Stream<String> codes) {
        return codes.filter(Objects::nonNull)
                .distinct()
                .flatMap(code -> regions.find(code).stream())
                .collect(Collectors.toMap(RegionRef::code, RegionRef::name, (a, b) -> a));
    }
}
