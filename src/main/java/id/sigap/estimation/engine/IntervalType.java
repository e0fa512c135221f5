package id.sigap.estimation.engine;

import java.util.Locale;

/** The 95% interval: Wald on the log dark figure, BCa bootstrap re-running the selection, or profile likelihood. */
public enum IntervalType {
    WALD,
    BCA,
    PROFILE;

    public static IntervalType parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown interval '" + s + "' (wald, bca or profile)", e);
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
