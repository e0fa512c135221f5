package id.sigap.cases.internal;

import java.time.LocalDate;

/** What a form or JSON request gives for a person; checked by {@link PersonRules}. */
public record PersonInput(
        String fullName,
        String aliases,
        String sex,
        LocalDate birthDate,
        Integer estimatedAge,
        String nationality,
        String education,
        String occupation,
        String disability,
        String regionCode,
        String nik,
        String passport,
        String phone,
        String address) {}
