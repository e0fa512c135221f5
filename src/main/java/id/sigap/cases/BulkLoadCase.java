package id.sigap.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One complete case file for {@link BulkLoad}: the case, its persons in their roles (each registered anew, by
 * {@link Person#registeringAgencyId}), elements (code list + code), route stops and the justice chain of suspects.
 * Identifiers are given in clear and stored encrypted with their blind index, as a single registration would.
 */
public record BulkLoadCase(
        long owningAgencyId,
        String regionCode,
        CaseStatus status,
        String closeReason,
        String summary,
        boolean childInvolved,
        boolean abroad,
        OffsetDateTime openedAt,
        OffsetDateTime closedAt,
        List<Person> persons,
        List<Element> elements,
        List<RouteStop> route,
        List<Justice> justice) {

    public BulkLoadCase {
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(openedAt, "openedAt");
        if ((status == CaseStatus.CLOSED) != (closedAt != null && closeReason != null)) {
            throw new IllegalArgumentException("a closed case needs closedAt and closeReason, others none");
        }
        persons = List.copyOf(persons);
        elements = List.copyOf(elements);
        route = List.copyOf(route);
        justice = List.copyOf(justice);
        for (Justice j : justice) {
            if (j.suspect() < 0
                    || j.suspect() >= persons.size()
                    || persons.get(j.suspect()).role() != PersonRole.SUSPECT) {
                throw new IllegalArgumentException("justice track must point at a suspect of the case");
            }
        }
    }

    /**
     * A person of the case; {@code sex} is {@code F}, {@code M} or null; {@code recruitmentChannel} a code of the
     * CHANNEL list for a victim (null when not known), none for other roles.
     */
    public record Person(
            long registeringAgencyId,
            String regionCode,
            String fullName,
            String aliases,
            String sex,
            LocalDate birthDate,
            Integer estimatedAge,
            String nationality,
            String education,
            String occupation,
            String nik,
            String passport,
            String phone,
            String address,
            PersonRole role,
            RoleInProcess roleInProcess,
            String recruitmentChannel) {

        /** A person without a recruitment channel (as before the channel existed). */
        public Person(
                long registeringAgencyId,
                String regionCode,
                String fullName,
                String aliases,
                String sex,
                LocalDate birthDate,
                Integer estimatedAge,
                String nationality,
                String education,
                String occupation,
                String nik,
                String passport,
                String phone,
                String address,
                PersonRole role,
                RoleInProcess roleInProcess) {
            this(
                    registeringAgencyId,
                    regionCode,
                    fullName,
                    aliases,
                    sex,
                    birthDate,
                    estimatedAge,
                    nationality,
                    education,
                    occupation,
                    nik,
                    passport,
                    phone,
                    address,
                    role,
                    roleInProcess,
                    null);
        }

        public Person {
            Objects.requireNonNull(fullName, "fullName");
            Objects.requireNonNull(regionCode, "regionCode");
            Objects.requireNonNull(role, "role");
            if (roleInProcess != null && role != PersonRole.SUSPECT) {
                throw new IllegalArgumentException("role in process is for suspects only");
            }
            if (recruitmentChannel != null && role != PersonRole.VICTIM) {
                throw new IllegalArgumentException("a recruitment channel is for victims only");
            }
        }
    }

    /** A chosen code of one of the element lists (ACT, MEANS, PURPOSE, CONTROL, MODUS). */
    public record Element(String list, String code) {}

    /** A route stop: exactly one of {@code regionCode} and {@code country}. */
    public record RouteStop(
            String stage, LocalDate date, String regionCode, String country, String placeName, String transport) {

        public RouteStop {
            if ((regionCode == null) == (country == null)) {
                throw new IllegalArgumentException("a route stop is in a region or in a country");
            }
        }
    }

    /**
     * The justice chain of the suspect at index {@code suspect} of {@link #persons}: police report, then optionally
     * prosecution, verdict (with restitution ordered to the case's first victim) and appeals.
     */
    public record Justice(
            int suspect,
            String lpNumber,
            long policeAgencyId,
            LocalDate reportDate,
            LocalDate investigationStart,
            String investigationStatus,
            LocalDate prosecutionDate,
            String prosecutorOffice,
            LocalDate verdictDate,
            String court,
            Integer prisonMonths,
            Long fine,
            Integer substituteDetentionMonths,
            List<Charge> charges,
            Long restitutionOrdered,
            List<Appeal> appeals) {

        public Justice {
            charges = List.copyOf(charges);
            appeals = List.copyOf(appeals);
            if (verdictDate != null && prosecutionDate == null) {
                throw new IllegalArgumentException("no verdict without prosecution");
            }
        }
    }

    public record Charge(String law, String article) {}

    /** Level BANDING, KASASI or PENINJAUAN_KEMBALI. */
    public record Appeal(String level, LocalDate date, String outcome) {}
}
