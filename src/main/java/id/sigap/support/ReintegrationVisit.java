package id.sigap.support;

import java.time.LocalDate;

/**
 * A follow-up visit after a victim's return (suggested at 3, 6 and 12 months), with what was found. {@code state}
 * is where it stands on the day it was read.
 */
public record ReintegrationVisit(
        long id,
        long caseId,
        long personId,
        int monthsAfterReturn,
        LocalDate returnedOn,
        LocalDate dueOn,
        Long agencyId,
        String agencyName,
        LocalDate visitedOn,
        LivingSituation livingSituation,
        Livelihood livelihood,
        RetraffickingRisk risk,
        String notes,
        String recordedByName,
        int version,
        State state) {

    /** Days before the due date from which a visit shows as due in the work inbox. */
    public static final int DUE_WINDOW_DAYS = 14;

    public enum State {
        UPCOMING,
        DUE,
        OVERDUE,
        DONE;

        public String labelKey() {
            return "support.visit.state." + name();
        }
    }

    public static State state(LocalDate dueOn, LocalDate visitedOn, LocalDate today) {
        if (visitedOn != null) {
            return State.DONE;
        }
        if (dueOn.isBefore(today)) {
            return State.OVERDUE;
        }
        return dueOn.isAfter(today.plusDays(DUE_WINDOW_DAYS)) ? State.UPCOMING : State.DUE;
    }

    public boolean overdue() {
        return state == State.OVERDUE;
    }
}
