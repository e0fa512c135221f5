package id.sigap.prevention;

import id.sigap.security.RegionScope;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rule that keeps interception totals free of double counting when persons registered in Sigap and yearly
 * aggregates (historical figures entered by the secretariat) cover the same region and year.
 *
 * <p>An aggregate of a region and year is the <em>whole</em> count of that region-year, persons recorded in Sigap
 * included. So the count of a region-year is:
 *
 * <ul>
 *   <li>with an aggregate: max(aggregate, what its parts add up to) — the aggregate replaces the parts, but never falls
 *       below what Sigap holds in records (an aggregate entered before later records were added is not allowed to hide
 *       them);
 *   <li>without one: the sum of its parts;
 * </ul>
 *
 * where the parts of a region are the outermost aggregates below it (each counted by this same rule) plus the
 * recorded persons of the places below it that no such aggregate covers. An aggregate of a region above the one asked
 * about cannot be divided among its parts, so it does not count there (NTT's 2017 aggregate counts for province 53,
 * not for Kota Kupang). A pure function over codes and numbers; no user scope.
 */
public final class InterceptionTotals {

    private InterceptionTotals() {}

    /** The total of {@code root}'s subtree (null: the whole country). Keys are Kemendagri region codes. */
    public static long total(String root, Map<String, Long> aggregates, Map<String, Long> recorded) {
        return value(root, within(root, aggregates), within(root, recorded));
    }

    private static long value(String code, Map<String, Long> aggregates, Map<String, Long> recorded) {
        long parts = parts(code, aggregates, recorded);
        Long own = code == null ? null : aggregates.get(code);
        return own == null ? parts : Math.max(own, parts);
    }

    private static long parts(String code, Map<String, Long> aggregates, Map<String, Long> recorded) {
        List<String> below =
                aggregates.keySet().stream().filter(k -> !k.equals(code)).toList();
        List<String> tops = below.stream()
                .filter(k -> below.stream().noneMatch(o -> !o.equals(k) && RegionScope.isWithin(k, o)))
                .toList();
        long sum = 0;
        for (String top : tops) {
            sum += value(top, within(top, aggregates), within(top, recorded));
        }
        for (var r : recorded.entrySet()) {
            if (tops.stream().noneMatch(t -> RegionScope.isWithin(r.getKey(), t))) {
                sum += r.getValue();
            }
        }
        return sum;
    }

    private static Map<String, Long> within(String root, Map<String, Long> values) {
        return values.entrySet().stream()
                .filter(e -> RegionScope.isWithin(e.getKey(), root))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
