package id.sigap.prevention;

import java.time.LocalDate;
import java.util.List;

/**
 * An interception with its counts. {@code uncounted}: persons not registered individually; {@code persons} is the
 * whole group (registered + uncounted) by sex and age group. {@code registered} and {@code recruiters} hold personal
 * data and are null for readers who may only see counts.
 */
public record Interception(
        long id,
        LocalDate interceptedOn,
        CrossingPoint crossingPoint,
        String regionCode,
        long agencyId,
        String agencyName,
        String destinationCountry,
        IntendedJob intendedJob,
        Headcount uncounted,
        Headcount persons,
        int registeredCount,
        int victimsIdentified,
        int sentHome,
        String notes,
        int version,
        List<InterceptedPerson> registered,
        List<Recruiter> recruiters) {

    public int total() {
        return persons.total();
    }

    /** A person registered individually, with consent; {@code caseId} once identified as a victim. */
    public record InterceptedPerson(
            long id,
            String fullName,
            String sex,
            LocalDate birthDate,
            Integer estimatedAge,
            boolean child,
            String originRegionCode,
            String consentGivenBy,
            LocalDate consentGivenOn,
            FollowUp followUp,
            LocalDate followUpOn,
            Long caseId,
            String caseNumber,
            int version) {}

    /** A recruiter or sponsor; the phone only for those who may see persons. */
    public record Recruiter(long id, String fullName, String role, String company, String phone) {}
}
