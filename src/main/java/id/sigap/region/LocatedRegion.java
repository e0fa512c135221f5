package id.sigap.region;

import java.util.List;
import java.util.Objects;

/**
 * A region with its ancestors, province first ({@code 53.71.01} → [53 Nusa Tenggara Timur, 53.71 Kota Kupang]); a
 * province has an empty path. The path tells apart the many regions that share a name (there are seven villages
 * called Kupang).
 */
public record LocatedRegion(RegionRef region, List<RegionName> path) {

    public LocatedRegion {
        Objects.requireNonNull(region, "region");
        path = List.copyOf(path);
    }

    /** The ancestors' names, nearest first: {@code "Kota Kupang, Nusa Tenggara Timur"}; empty for a province. */
    public String context() {
        StringBuilder out = new StringBuilder();
        for (int i = path.size() - 1; i >= 0; i--) {
            out.append(path.get(i).name());
            if (i > 0) {
                out.append(", ");
            }
        }
        return out.toString();
    }

    /** Name and context for a list of choices: {@code "Kelapa Lima — Kota Kupang, Nusa Tenggara Timur"}. */
    public String label() {
        return path.isEmpty() ? region.name() : region.name() + " — " + context();
    }
}
