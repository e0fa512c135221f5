package id.sigap.support;

/**
 * The risk of being trafficked again, as judged at a reintegration visit: LOW (stable living and income, family
 * support), MEDIUM (some pressure: debt, no steady income, contact with recruiters), HIGH (plans to migrate again
 * irregularly, renewed contact with the network, threats). Labels: {@code support.risk.<NAME>}.
 */
public enum RetraffickingRisk {
    LOW,
    MEDIUM,
    HIGH;

    public String labelKey() {
        return "support.risk." + name();
    }
}
