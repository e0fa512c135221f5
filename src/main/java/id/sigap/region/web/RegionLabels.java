package id.sigap.region.web;

import id.sigap.region.LocatedRegion;
import id.sigap.region.RegionCodes;
import id.sigap.region.Regions;
import org.springframework.stereotype.Component;

/**
 * Region names for templates, as the bean {@code regionLabels}: {@code ${@regionLabels.label('53.71')}} gives
 * "Kota Kupang — Nusa Tenggara Timur". Used by the region picker to show what a code stands for.
 */
@Component("regionLabels")
public class RegionLabels {

    private final Regions regions;

    RegionLabels(Regions regions) {
        this.regions = regions;
    }

    /** The region's name and ancestors, or an empty text when the code is empty, malformed or unknown. */
    public String label(String code) {
        if (code == null || !RegionCodes.isWellFormed(code.strip())) {
            return "";
        }
        return regions.locate(code.strip()).map(LocatedRegion::label).orElse("");
    }
}
