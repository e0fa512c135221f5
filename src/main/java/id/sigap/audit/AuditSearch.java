package id.sigap.audit;

import id.sigap.shared.AuditEvent;
import id.sigap.shared.SigapException;
import java.time.Instant;
import java.util.Objects;

/**
 * Criteria of an auditor's search: entries in [{@code from}, {@code to}), optionally by actor username, action,
 * object type and object id; sorted by {@code sort}, newest first by default. Blank texts mean "any".
 */
public record AuditSearch(
        Instant from,
        Instant to,
        String actor,
        AuditEvent.Action action,
        String objectType,
        String objectId,
        Sort sort,
        boolean ascending) {

    public enum Sort {
        TIME,
        ACTOR,
        ACTION,
        OBJECT;

        /** The sort given by its lower-case name, or the default (time) when unknown or blank. */
        public static Sort parse(String name) {
            if (name != null) {
                for (Sort s : values()) {
                    if (s.name().equalsIgnoreCase(name.trim())) {
                        return s;
                    }
                }
            }
            return TIME;
        }
    }

    public AuditSearch {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new SigapException.Invalid("to", "audit.range-invalid");
        }
        actor = blankToNull(actor);
        objectType = blankToNull(objectType);
        objectId = blankToNull(objectId);
        sort = sort == null ? Sort.TIME : sort;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
