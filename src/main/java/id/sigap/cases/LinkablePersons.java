package id.sigap.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Persons as the linkage module compares them: names, sex, birth date, region, registering agency, and the blind
 * indexes (keyed hashes, Base64) of NIK, phone and passport, never the identifiers themselves. For system jobs
 * (linking, relinking): no user scope is applied here, so whatever shows these to a user must decide access first.
 */
public interface LinkablePersons {

    record LinkablePerson(
            long personId,
            long registeringAgencyId,
            String regionCode,
            String fullName,
            String aliases,
            String sex,
            LocalDate birthDate,
            String nikIndex,
            String phoneIndex,
            String passportIndex,
            OffsetDateTime updatedAt) {}

    Optional<LinkablePerson> find(long personId);

    /** Persons with an id above {@code afterId}, in id order, at most {@code limit} (keyset paging for a relink). */
    List<LinkablePerson> after(long afterId, int limit);
}
