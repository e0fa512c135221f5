package id.sigap.support;

import id.sigap.security.RegionScope;

/**
 * Counts of services past their statutory deadline (not started 7 days after the application), for dashboards of
 * other modules. Callers decide access first and pass the scope the viewer may see.
 */
public interface OverdueServices {

    /** Open service items in cases of regions within {@code scope} whose deadline has passed without a start. */
    long count(RegionScope scope);
}
