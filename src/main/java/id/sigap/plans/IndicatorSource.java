package id.sigap.plans;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * SPI: a figure Sigap already knows, so an indicator bound to it is computed instead of typed again in quarterly
 * reports. Implemented as Spring beans by the modules that own the data (prevention: persons intercepted; analytics:
 * cases prosecuted; plans itself for victims registered in cases), which then depend on plans and never the other way
 * round. Implementations count without any user scope:
 * the plans module shows the figure only to those who may read the plan.
 */
public interface IndicatorSource {

    /** Stable key stored with the indicator, e.g. {@code cases.victims-registered}. */
    String key();

    /** Message key of the source's label (in the implementing module's bundle). */
    String labelKey();

    /**
     * The figure for the region subtree {@code regionCode} ({@code null}: the whole country) in calendar year {@code
     * year}; empty when this source cannot answer for that region.
     */
    Optional<BigDecimal> value(String regionCode, int year);
}
