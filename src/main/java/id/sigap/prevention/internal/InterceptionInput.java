package id.sigap.prevention.internal;

import id.sigap.prevention.Headcount;
import java.time.LocalDate;

/** The header of an interception as entered; checked by {@link InterceptionRules}. */
public record InterceptionInput(
        LocalDate interceptedOn,
        String crossingPointCode,
        String destinationCountry,
        String intendedJob,
        Headcount uncounted,
        String notes) {

    /** A person to register individually; {@code consentGivenBy} and {@code consentGivenOn} are required. */
    public record Person(
            String fullName,
            String sex,
            LocalDate birthDate,
            Integer estimatedAge,
            String originRegionCode,
            String consentGivenBy,
            LocalDate consentGivenOn) {}

    /** A recruiter or sponsor named by the persons. */
    public record RecruiterInput(String fullName, String role, String company, String phone) {}
}
