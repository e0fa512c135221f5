package id.sigap.plans;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * A measurable indicator of an activity with its yearly targets. {@code sourceKey} names an {@link IndicatorSource}
 * when the figure is computed from Sigap's data; otherwise the responsible agency reports it every quarter.
 */
public record Indicator(
        long id,
        long activityId,
        long planId,
        String name,
        String unit,
        BigDecimal baseline,
        long responsibleAgencyId,
        String regionCode,
        Accumulation accumulation,
        String sourceKey,
        Map<Integer, BigDecimal> targets,
        int version) {

    public Indicator {
        targets = new TreeMap<>(targets);
    }

    public boolean computed() {
        return sourceKey != null;
    }

    public BigDecimal target(int year) {
        return targets.get(year);
    }
}
