package id.sigap.plans;

import java.time.LocalDate;

/** A follow-up action decided in a meeting, owned by an agency, due on a date. */
public record FollowUp(
        long id,
        long meetingId,
        String action,
        long ownerAgencyId,
        LocalDate dueOn,
        FollowUpStatus status,
        LocalDate doneOn,
        String note,
        int version) {

    public boolean overdue(LocalDate today) {
        return status != FollowUpStatus.DONE && dueOn.isBefore(today);
    }
}
