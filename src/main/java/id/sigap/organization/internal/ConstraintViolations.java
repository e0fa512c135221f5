package id.sigap.organization.internal;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The database constraints back up checks made in code (two concurrent requests can both pass a check). This maps
 * a violation of a named constraint to the same business error the check would have raised.
 */
final class ConstraintViolations {

    private ConstraintViolations() {}

    /** Runs {@code write}; if it violates {@code constraint}, throws {@code error} instead. */
    static <T> T guard(Supplier<T> write, String constraint, Supplier<? extends RuntimeException> error) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (violates(e, constraint)) {
                throw error.get();
            }
            throw e;
        }
    }

    static boolean violates(Throwable e, String constraint) {
        return Optional.ofNullable(e)
                .map(t -> {
                    for (Throwable c = t; c != null; c = c.getCause()) {
                        if (c.getMessage() != null && c.getMessage().contains("\"" + constraint + "\"")) {
                            return true;
                        }
                    }
                    return false;
                })
                .orElse(false);
    }
}
