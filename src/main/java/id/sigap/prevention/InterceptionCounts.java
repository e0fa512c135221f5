package id.sigap.prevention;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Interception counts for statistics (the statistics module, dashboards): persons stopped in a region subtree and
 * year, never counting a person twice where persons registered in Sigap and yearly aggregates overlap (the rule is
 * {@link InterceptionTotals}). Counts only, never a name. No user scope is applied here: callers decide access first.
 */
public interface InterceptionCounts {

    /** The counts of {@code regionCode} (with everything below it; null for the whole country) in {@code year}. */
    Counts of(String regionCode, int year);

    /**
     * The counts of {@code regionCode} for each year from {@code fromYear} to {@code toYear} (inclusive, oldest first),
     * each year by the same rule as {@link #of(String, int)}. Implementations read the records once for the period.
     */
    default List<Counts> years(String regionCode, int fromYear, int toYear) {
        return IntStream.rangeClosed(fromYear, toYear)
                .mapToObj(y -> of(regionCode, y))
                .toList();
    }

    /**
     * {@code persons} is the total without double counting; {@code recordedPersons} those known from Sigap's own
     * interception records (registered individually or counted per interception); {@code aggregateOnlyPersons} =
     * persons − recordedPersons, known only from aggregates and so without a breakdown. {@code bySexAge} and
     * {@code byDestination} (ISO 3166 alpha-2, {@code "??"} when unknown) break down the recorded persons only.
     */
    record Counts(
            String regionCode,
            int year,
            long persons,
            long recordedPersons,
            long aggregateOnlyPersons,
            long interceptions,
            long victimsIdentified,
            long sentHome,
            Map<SexAge, Long> bySexAge,
            Map<String, Long> byDestination) {

        public Counts {
            bySexAge = Map.copyOf(bySexAge);
            byDestination = Map.copyOf(byDestination);
        }
    }
}
