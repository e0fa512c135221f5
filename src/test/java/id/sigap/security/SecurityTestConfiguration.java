package id.sigap.security;

import id.sigap.security.AgencyDirectory.AgencySummary;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Beans for the security module's integration tests: a clock the tests can move, and an in-memory
 * {@link AgencyDirectory} (the organization module implements the real one) with agencies the tests register.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SecurityTestConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(Clock.system(id.sigap.shared.Jakarta.ZONE));
    }

    @Bean
    @Primary
    TestAgencies testAgencies() {
        return new TestAgencies();
    }

    /** Agencies known to the tests, by id (ids far above what a real database hands out first). */
    public static final class TestAgencies implements AgencyDirectory {

        private static final AtomicLong IDS = new AtomicLong(900_000_000L + (System.nanoTime() % 1_000_000L) * 100);
        private final Map<Long, AgencySummary> agencies = new ConcurrentHashMap<>();

        public AgencySummary add(String name, String regionCode) {
            long id = IDS.incrementAndGet();
            AgencySummary a = new AgencySummary(id, name, regionCode, regionCode == null ? "NATIONAL" : "REGENCY");
            agencies.put(id, a);
            return a;
        }

        @Override
        public Optional<AgencySummary> find(long agencyId) {
            return Optional.ofNullable(agencies.get(agencyId));
        }

        @Override
        public List<AgencySummary> inScope(RegionScope scope) {
            return agencies.values().stream()
                    .filter(a -> scope.covers(a.regionCode()))
                    .sorted(java.util.Comparator.comparing(AgencySummary::name))
                    .toList();
        }
    }
}
