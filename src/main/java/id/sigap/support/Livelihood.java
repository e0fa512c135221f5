package id.sigap.support;

/** How a returned victim makes a living at a reintegration visit. Labels: {@code support.livelihood.<NAME>}. */
public enum Livelihood {
    EMPLOYED,
    SELF_EMPLOYED,
    IN_TRAINING,
    IN_SCHOOL,
    SUPPORTED_BY_FAMILY,
    NO_INCOME;

    public String labelKey() {
        return "support.livelihood." + name();
    }
}
