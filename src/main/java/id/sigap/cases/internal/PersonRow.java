package id.sigap.cases.internal;

import id.sigap.cases.internal.db.tables.records.PersonRecord;
import java.time.LocalDate;

/** A person as stored, without identifiers. */
public record PersonRow(
        long id,
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
        String disability,
        int version) {

    static PersonRow of(PersonRecord r) {
        return new PersonRow(
                r.getId(),
                r.getRegisteringAgencyId(),
                r.getRegionCode(),
                r.getFullName(),
                r.getAliases(),
                r.getSex(),
                r.getBirthDate(),
                r.getEstimatedAge() == null ? null : r.getEstimatedAge().intValue(),
                r.getNationality(),
                r.getEducation(),
                r.getOccupation(),
                r.getDisability(),
                r.getVersion());
    }
}
