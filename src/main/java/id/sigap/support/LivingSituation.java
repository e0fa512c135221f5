package id.sigap.support;

/** Where a returned victim lives at a reintegration visit. Labels: {@code support.living.<NAME>}. */
public enum LivingSituation {
    WITH_FAMILY,
    WITH_RELATIVES,
    INDEPENDENT,
    SHELTER,
    MIGRATED_AGAIN,
    UNKNOWN;

    public String labelKey() {
        return "support.living." + name();
    }
}
