package id.sigap.support;

import java.time.LocalDate;

/**
 * A service item as entered: {@code version} when changing one. A provider agency's staff may change only the
 * progress (dates from started on, outcome, closing reason, notes).
 */
public record ItemInput(
        Long personId,
        String service,
        boolean firstAid,
        Long providerAgencyId,
        LocalDate requestedOn,
        LocalDate startedOn,
        LocalDate completedOn,
        Outcome outcome,
        String closingReason,
        String notes,
        Integer version) {

    public ItemInput {
        closingReason = clean(closingReason);
        notes = clean(notes);
        service = clean(service);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
