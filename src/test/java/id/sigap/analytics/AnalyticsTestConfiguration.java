package id.sigap.analytics;

import id.sigap.linkage.PersonClusters;
import id.sigap.security.MutableClock;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * For the analytics tests: a clock the tests can move (the refresh is triggered by the tests, never waited for), and
 * linkage clusters as the linkage module stores them once a linking job has run ({@link KnownClusters}), so a test
 * states which records are one person instead of depending on the engine's scores for a handful of records.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AnalyticsTestConfiguration {

    @Bean
    @Primary
    MutableClock analyticsClock() {
        return new MutableClock(Clock.system(id.sigap.shared.Jakarta.ZONE));
    }

    @Bean
    @Primary
    KnownClusters knownClusters() {
        return new KnownClusters();
    }

    /** Stored clusters: records linked by a test share the smallest id as key; every other record is its own. */
    public static final class KnownClusters implements PersonClusters {

        private final Map<Long, Long> keys = new ConcurrentHashMap<>();

        public void link(long... personIds) {
            long key = java.util.Arrays.stream(personIds).min().orElseThrow();
            for (long id : personIds) {
                keys.put(id, key);
            }
        }

        @Override
        public Map<Long, Long> clusterOf(Collection<Long> personIds) {
            Map<Long, Long> out = new HashMap<>();
            personIds.forEach(id -> out.put(id, keys.getOrDefault(id, id)));
            return out;
        }
    }
}
