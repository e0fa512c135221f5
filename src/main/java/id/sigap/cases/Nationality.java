package id.sigap.cases;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Validation of a person's nationality: an ISO 3166-1 alpha-2 code in capitals that the region module knows as a
 * country. A pure function, the rule of persons in case files for callers that check many rows with cached lookups:
 * empty when valid, else the code of the problem (message key {@code error.<code>}).
 */
public final class Nationality {

    private Nationality() {}

    public static Optional<String> problem(String iso2, Predicate<String> countryExists) {
        if (iso2 == null) {
            return Optional.empty();
        }
        if (!iso2.matches("[A-Z]{2}") || !countryExists.test(iso2)) {
            return Optional.of("person.nationality-unknown");
        }
        return Optional.empty();
    }
}
