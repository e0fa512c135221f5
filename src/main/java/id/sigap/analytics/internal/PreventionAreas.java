package id.sigap.analytics.internal;

import id.sigap.analytics.internal.DashboardQueries.Filter;
import id.sigap.region.RegionRef;
import id.sigap.region.Regions;
import id.sigap.security.RegionScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Which regions the interception, outreach and action-plan figures of a dashboard filter are taken for: the filter as
 * a whole (the chosen region, the whole country, or the viewer's scope roots, which never overlap), its areas (the
 * provinces for a national viewer, the scope's roots otherwise, the regencies of a chosen province, a chosen regency
 * alone), and per province of the map the parts of it that lie in the scope.
 */
@Component
public class PreventionAreas {

    private final Regions regions;

    PreventionAreas(Regions regions) {
        this.regions = regions;
    }

    /** The region codes whose figures add up to the filter's (null: the whole country). */
    public List<String> roots(Filter f) {
        if (f.region() != null) {
            return List.of(f.region());
        }
        if (f.scope().national()) {
            return java.util.Collections.singletonList(null);
        }
        return List.copyOf(new TreeSet<>(f.scope().roots()));
    }

    /** The areas of the by-area tables, in code order. */
    public List<RegionRef> areas(Filter f) {
        if (f.region() == null) {
            if (f.scope().national()) {
                return regions.provinces();
            }
            return roots(f).stream()
                    .map(regions::find)
                    .flatMap(java.util.Optional::stream)
                    .toList();
        }
        if (f.region().length() == 2) {
            return regions.children(f.region());
        }
        return regions.find(f.region()).stream().toList();
    }

    /** Per province (code order): the codes within the scope whose figures make up the province's on the map. */
    public Map<RegionRef, List<String>> provinces(RegionScope scope) {
        Map<RegionRef, List<String>> out = new LinkedHashMap<>();
        for (RegionRef p : regions.provinces()) {
            if (scope.covers(p.code())) {
                out.put(p, List.of(p.code()));
            } else {
                List<String> parts = new ArrayList<>(new TreeSet<>(scope.roots().stream()
                        .filter(r -> RegionScope.isWithin(r, p.code()))
                        .toList()));
                if (!parts.isEmpty()) {
                    out.put(p, parts);
                }
            }
        }
        return out;
    }

    /** The population of the regions, null when one of them has none. */
    public Long population(List<String> codes) {
        long sum = 0;
        for (String c : codes) {
            Long p = regions.find(c).map(RegionRef::population).orElse(null);
            if (p == null) {
                return null;
            }
            sum += p;
        }
        return sum;
    }

    public String name(String code) {
        return regions.find(code).map(RegionRef::name).orElse(code);
    }

    /** A country's name in the viewer's language (the code when unknown). */
    public String country(String iso2, java.util.Locale locale) {
        return regions.country(iso2)
                .map(c -> "en".equals(locale.getLanguage()) ? c.nameEn() : c.nameId())
                .orElse(iso2);
    }
}
