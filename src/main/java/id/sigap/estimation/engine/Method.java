package id.sigap.estimation.engine;

import java.util.Locale;

/**
 * How the two-list interactions are chosen. {@link #STEPWISE} is the reference method (SparseMSE {@code stepwisefit},
 * Poisson p-values, threshold 0.02); {@link #AIC} and {@link #BIC} are forward selections by the information
 * criterion (add the pair that lowers it most, while it goes down); {@link #MAIN} fits main effects only.
 */
public enum Method {
    STEPWISE,
    AIC,
    BIC,
    MAIN;

    public static Method parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown method '" + s + "' (stepwise, aic, bic or main)", e);
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
