package id.sigap.support;

/** How a service item ended. Labels: {@code support.outcome.<NAME>}. */
public enum Outcome {
    DELIVERED,
    PARTLY_DELIVERED,
    DECLINED_BY_PERSON,
    NOT_NEEDED,
    NOT_AVAILABLE,
    OTHER;

    public String labelKey() {
        return "support.outcome." + name();
    }
}
