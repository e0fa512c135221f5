package id.sigap.plans;

/** How quarterly values make a year's achievement: added up (a count) or the last quarter's value (a level). */
public enum Accumulation {
    SUM,
    LATEST;

    public String labelKey() {
        return "plans.accumulation." + name();
    }
}
