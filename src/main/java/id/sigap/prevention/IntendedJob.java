package id.sigap.prevention;

/** The job the intercepted persons were promised abroad. */
public enum IntendedJob {
    DOMESTIC_WORK,
    PLANTATION,
    CONSTRUCTION,
    FISHING,
    FACTORY,
    HOSPITALITY,
    ONLINE_SCAM,
    CAREGIVING,
    OTHER,
    UNKNOWN;

    public String labelKey() {
        return "prevention.job." + name();
    }
}
