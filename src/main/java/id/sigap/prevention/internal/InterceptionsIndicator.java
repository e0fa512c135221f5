package id.sigap.prevention.internal;

import id.sigap.plans.IndicatorSource;
import id.sigap.prevention.InterceptionCounts;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Persons intercepted in a region subtree and year (the whole country for a national indicator), counted once where
 * records and yearly aggregates overlap ({@link InterceptionCounts}), for action-plan indicators computed from
 * Sigap's own data.
 */
@Component
class InterceptionsIndicator implements IndicatorSource {

    static final String KEY = "prevention.interceptions";

    private final InterceptionCounts counts;

    InterceptionsIndicator(InterceptionCounts counts) {
        this.counts = counts;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String labelKey() {
        return "prevention.source.interceptions";
    }

    @Override
    public Optional<BigDecimal> value(String regionCode, int year) {
        return Optional.of(BigDecimal.valueOf(counts.of(regionCode, year).persons()));
    }
}
