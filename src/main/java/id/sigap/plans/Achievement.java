package id.sigap.plans;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An indicator's achievement in a year: the approved quarterly values (added up or the latest, by the indicator's
 * accumulation) or the computed figure, against the year's target. {@code percent} is null without a positive target.
 */
public record Achievement(
        long indicatorId, int year, BigDecimal target, BigDecimal achieved, boolean computed, int approvedQuarters) {

    public BigDecimal percent() {
        if (target == null || achieved == null || target.signum() <= 0) {
            return null;
        }
        return achieved.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
    }
}
