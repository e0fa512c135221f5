package id.sigap.prevention;

import java.util.Map;

/**
 * Outreach figures for statistics (the dashboards and the map): activities, their audience and the districts and
 * villages reached in a region subtree and period. Counts only, never a name, a partner or a cost. No user scope is
 * applied here: callers decide access first.
 */
public interface OutreachStatistics {

    /**
     * The coverage of {@code regionCode} (with everything below it; null for the whole country, national activities
     * included) by activities held from {@code fromYear} to {@code toYear} inclusive.
     */
    Coverage of(String regionCode, int fromYear, int toYear);

    /**
     * {@code activities} held in the region (at any level within it), their audience by sex and age group and their
     * number by topic. A village is reached by a village-level activity in it; a district by a district- or
     * village-level activity in it. {@code villages} and {@code districts} are all those of the region.
     */
    record Coverage(
            String regionCode,
            long activities,
            Map<SexAge, Long> audience,
            Map<OutreachTopic, Long> byTopic,
            long villagesReached,
            long villages,
            long districtsReached,
            long districts) {

        public Coverage {
            audience = Map.copyOf(audience);
            byTopic = Map.copyOf(byTopic);
        }

        public long people() {
            return audience.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Villages reached as a percentage of all villages of the region; null when it has none. */
        public Double villagesPercent() {
            return villages == 0 ? null : villagesReached * 100.0 / villages;
        }
    }
}
