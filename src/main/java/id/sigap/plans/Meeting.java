package id.sigap.plans;

import id.sigap.organization.OrgLevel;
import java.time.LocalDate;
import java.util.List;

/** A coordination meeting with its participating agencies and head count, agenda, minutes and decisions. */
public record Meeting(
        long id,
        MeetingKind kind,
        OrgLevel level,
        String regionCode,
        String title,
        LocalDate heldOn,
        String place,
        int headCount,
        String agenda,
        String minutes,
        String decisions,
        List<Long> agencyIds,
        int version) {

    public Meeting {
        agencyIds = List.copyOf(agencyIds);
    }
}
