package id.sigap.organization;

/**
 * One dated row of a sub-task force (I–VI …). {@code coordinatingAgencyName} is the coordinator's name on the date the
 * row was read for, or null when no coordinator is set.
 */
public record SubTaskForce(
        long id,
        long taskForceId,
        String numeral,
        String name,
        Long coordinatingAgencyId,
        String coordinatingAgencyName,
        Period period,
        int version) {}
