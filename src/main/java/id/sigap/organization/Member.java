package id.sigap.organization;

/** One dated membership row: {@code agencyName} is the agency's name on the date the row was read for. */
public record Member(
        long id,
        long taskForceId,
        long agencyId,
        String agencyName,
        MemberRole role,
        String positionTitle,
        Period period,
        int version) {}
