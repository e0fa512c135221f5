package id.sigap.support;

/** Where a repatriation leg stands. Labels: {@code support.leg.status.<NAME>}. */
public enum LegStatus {
    PLANNED,
    IN_TRANSIT,
    DONE,
    CANCELLED;

    public String labelKey() {
        return "support.leg.status." + name();
    }
}
