package id.sigap.cases;

import id.sigap.security.RegionScope;
import java.util.List;
import java.util.Optional;

/**
 * Suspects as the perpetrator-network analysis sees them: each suspect's record in a case, with the keyed blind
 * indexes (Base64) of the phone and the address (never the values), and the transit points of the cases' routes.
 * Only cases whose region lies in {@code scope} are returned: callers pass the scope they decided through
 * {@link id.sigap.security.AccessPolicy}, and nothing outside it is ever read.
 */
public interface SuspectLinks {

    /** A suspect in one case; {@code phoneKey} and {@code addressKey} are null when not recorded. */
    record SuspectInCase(
            long personId,
            long caseId,
            String caseNumber,
            String caseRegionCode,
            String fullName,
            String phoneKey,
            String addressKey) {}

    /** A transit point of a case's route: a key (region or country and place name) and a label for people. */
    record TransitStop(long caseId, String placeKey, String placeLabel) {}

    /** Suspects of the cases in {@code scope}, in no particular order. */
    List<SuspectInCase> suspects(RegionScope scope);

    /** Transit points of the routes of the cases in {@code scope}. */
    List<TransitStop> transits(RegionScope scope);

    /**
     * A short value that changes when the suspects of {@code scope} change (a suspect added or removed, a case
     * transferred in or out, a case edited): for caches of what is computed from {@link #suspects}. A suspect's
     * name edited alone does not change it (caches also expire by age).
     */
    String fingerprint(RegionScope scope);

    /** The person as a suspect of the case, if he is one. */
    Optional<SuspectInCase> suspect(long caseId, long personId);
}
