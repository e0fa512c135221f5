package id.sigap.estimation.engine;

import java.util.List;

/**
 * The result of a multiple systems estimate: observed cases, the estimated total (observed plus the dark figure),
 * its interval (upper may be +infinity for a profile interval that never closes), the interactions kept in the
 * order they were added, the selection method and interval type, the BCa details when used, warnings (codes
 * {@code estimation.warning.*}: thin data), and the sensitivity table.
 */
public record Estimate(
        List<String> lists,
        long observed,
        double estimate,
        double lower,
        double upper,
        List<String> model,
        Method method,
        IntervalType interval,
        double level,
        double waldSe,
        Double acceleration,
        Double biasCorrection,
        List<String> warnings,
        List<SensitivityRow> sensitivity) {

    public Estimate {
        lists = List.copyOf(lists);
        model = List.copyOf(model);
        warnings = List.copyOf(warnings);
        sensitivity = List.copyOf(sensitivity);
    }

    public double darkFigure() {
        return estimate - observed;
    }

    /** Share of the estimated total that no list recorded. */
    public double unobservedShare() {
        return estimate <= 0 ? 0 : darkFigure() / estimate;
    }
}
