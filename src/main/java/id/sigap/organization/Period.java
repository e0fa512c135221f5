package id.sigap.organization;

import id.sigap.shared.SigapException;
import java.time.LocalDate;

/**
 * A validity period with inclusive ends: {@code to} is the last valid day. A null {@code from} means "since always",
 * a null {@code to} "still valid".
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from != null && to != null && to.isBefore(from)) {
            throw new SigapException.Invalid("validTo", "period.end-before-start");
        }
    }

    public static Period from(LocalDate from) {
        return new Period(from, null);
    }

    public boolean contains(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** True when the two periods share at least one day. */
    public boolean overlaps(Period other) {
        boolean thisStartsAfterOtherEnds = from != null && other.to != null && from.isAfter(other.to);
        boolean otherStartsAfterThisEnds = other.from != null && to != null && other.from.isAfter(to);
        return !thisStartsAfterOtherEnds && !otherStartsAfterThisEnds;
    }

    /** True when every day of {@code inner} lies in this period. */
    public boolean encloses(Period inner) {
        boolean startOk = from == null || (inner.from != null && !inner.from.isBefore(from));
        boolean endOk = to == null || (inner.to != null && !inner.to.isAfter(to));
        return startOk && endOk;
    }
}
