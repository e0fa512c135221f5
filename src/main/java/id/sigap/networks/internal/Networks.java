package id.sigap.networks.internal;

import id.sigap.cases.SuspectLinks;
import id.sigap.cases.SuspectLinks.SuspectInCase;
import id.sigap.cases.SuspectLinks.TransitStop;
import id.sigap.networks.internal.NetworkGraph.Snapshot;
import id.sigap.security.RegionScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The networks of one access scope, computed on demand from the suspects of the cases in that scope only (so that a
 * hidden suspect can neither appear nor bridge two visible ones) and cached per scope. A cached snapshot is used
 * while the scope's suspects are unchanged (cases' fingerprint), no attribute was recorded, and it is younger than
 * {@code sigap.networks.cache-ttl}.
 */
@Service
public class Networks {

    private static final Logger log = LoggerFactory.getLogger(Networks.class);
    private static final int MAX_SCOPES = 64;

    private final SuspectLinks links;
    private final AttributeStore attributes;
    private final Clock clock;
    private final Duration ttl;
    private final Map<RegionScope, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Snapshot snapshot, String fingerprint, long changes, Instant at) {}

    Networks(
            SuspectLinks links,
            AttributeStore attributes,
            Clock clock,
            @Value("${sigap.networks.cache-ttl:PT10M}") Duration ttl) {
        this.links = links;
        this.attributes = attributes;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The networks visible in {@code scope}; an empty scope has none. */
    public Snapshot of(RegionScope scope) {
        if (scope.isEmpty()) {
            return new Snapshot(List.of(), Map.of(), 0);
        }
        String fingerprint = links.fingerprint(scope);
        long changes = attributes.changes();
        Instant now = clock.instant();
        Cached hit = cache.get(scope);
        if (hit != null
                && hit.fingerprint().equals(fingerprint)
                && hit.changes() == changes
                && hit.at().plus(ttl).isAfter(now)) {
            return hit.snapshot();
        }
        Snapshot snapshot = compute(scope);
        if (cache.size() >= MAX_SCOPES) {
            cache.clear();
        }
        cache.put(scope, new Cached(snapshot, fingerprint, changes, now));
        return snapshot;
    }

    /** Computes without the cache (benchmarks). */
    public Snapshot compute(RegionScope scope) {
        long started = System.nanoTime();
        List<SuspectInCase> suspects = links.suspects(scope);
        Set<Long> caseIds = new HashSet<>();
        suspects.forEach(s -> caseIds.add(s.caseId()));
        List<TransitStop> transits = links.transits(scope).stream()
                .filter(t -> caseIds.contains(t.caseId()))
                .toList();
        Snapshot snapshot = NetworkGraph.build(suspects, attributes.keys(caseIds), transits);
        log.debug(
                "Networks of a scope: {} suspects, {} components in {} ms",
                snapshot.suspects(),
                snapshot.components().size(),
                (System.nanoTime() - started) / 1_000_000);
        return snapshot;
    }
}
