package id.sigap.cases;

import id.sigap.security.SigapUser;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /** The persons of {@code personIds} that exist (any order). */
    List<LinkablePerson> find(Collection<Long> personIds);

    /**
     * The ids of {@code personIds} that {@code user} may see by the person search rule of cases (registered in the
     * user's reading scope, or in a case of it); empty for a user without a reading role.
     */
    Set<Long> visibleTo(SigapUser user, Collection<Long> personIds);

    /** Persons with an id above {@code afterId}, in id order, at most {@code limit} (keyset paging for a relink). */
    List<LinkablePerson> after(long afterId, int limit);
}
