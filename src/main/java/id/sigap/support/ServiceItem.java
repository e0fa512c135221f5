package id.sigap.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One service of a person's plan, with its statutory deadline and where it stands on the day it was read
 * ({@code deadline} and {@code deadlineState} are null where the law sets no deadline or nothing was applied for).
 */
public record ServiceItem(
        long id,
        long caseId,
        long personId,
        ServiceType service,
        boolean firstAid,
        Long providerAgencyId,
        String providerName,
        LocalDate requestedOn,
        LocalDate startedOn,
        LocalDate completedOn,
        Outcome outcome,
        String closingReason,
        String notes,
        String recordedByName,
        OffsetDateTime updatedAt,
        int version,
        StatutoryDeadline deadline,
        StatutoryDeadline.State deadlineState) {

    /** Open: neither completed nor closed with a reason. */
    public boolean open() {
        return completedOn == null && closingReason == null;
    }

    public boolean overdue() {
        return open() && deadlineState != null && deadlineState.overdue();
    }
}
