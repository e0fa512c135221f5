package id.sigap.analytics.internal;

import id.sigap.prevention.OutreachStatistics.Coverage;
import id.sigap.region.RegionRef;
import id.sigap.security.RegionScope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The layers of the dashboard's province map: victims (from the tallies, drawn by the page itself), interceptions
 * (persons and per 100,000 population) and outreach coverage (villages reached and their share of all villages). A
 * province only partly in the viewer's scope shows the figures of that part alone.
 */
public enum MapLayer {
    VICTIMS("korban"),
    INTERCEPTIONS("intersepsi"),
    OUTREACH("sosialisasi");

    private final String param;

    MapLayer(String param) {
        this.param = param;
    }

    /** The value of the page's {@code lapisan} parameter. */
    public String param() {
        return param;
    }

    public String labelKey() {
        return "analytics.layer." + name();
    }

    /** The layer of a {@code lapisan} value; victims when absent or unknown. */
    public static MapLayer of(String param) {
        if (param == null) {
            return VICTIMS;
        }
        for (MapLayer l : values()) {
            if (l.param.equals(param.strip().toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        return VICTIMS;
    }

    /** A province's figure: the count and the rate (per 100,000, or the percentage of villages reached). */
    public record Figure(long n, Double rate) {}

    /** The figures of the interception or outreach layer by province code, for the viewer's scope and years. */
    public Map<String, Figure> figures(
            PreventionFigures figures, PreventionAreas areas, RegionScope scope, int fromYear, int toYear) {
        Map<String, Figure> out = new LinkedHashMap<>();
        for (Map.Entry<RegionRef, List<String>> e : areas.provinces(scope).entrySet()) {
            List<String> parts = e.getValue();
            Optional<Figure> f =
                    switch (this) {
                        case INTERCEPTIONS -> {
                            long n =
                                    figures.intercepted(parts, fromYear, toYear).persons();
                            yield Optional.of(new Figure(n, PreventionFigures.rate(n, areas.population(parts))));
                        }
                        case OUTREACH -> {
                            Coverage c = figures.coverage(parts, fromYear, toYear);
                            yield Optional.of(new Figure(c.villagesReached(), c.villagesPercent()));
                        }
                        case VICTIMS -> Optional.empty();
                    };
            f.ifPresent(x -> out.put(e.getKey().code(), x));
        }
        return out;
    }
}
