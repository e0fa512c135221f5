package id.sigap.shared;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A per-key rate limit (bucket4j token buckets, one per key, e.g. a client address), timed by the injected clock. In
 * memory, per instance; the table of keys is dropped when it grows past {@code maxKeys}, so a flood of addresses
 * cannot exhaust memory.
 */
public final class RateLimit {

    public enum Refill {
        /** Tokens trickle back over the period. */
        GREEDY,
        /** All tokens come back at the end of the period. */
        INTERVALLY
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int capacity;
    private final Duration period;
    private final Refill refill;
    private final int maxKeys;
    private final TimeMeter time;

    public RateLimit(int capacity, Duration period, Refill refill, int maxKeys, Clock clock) {
        this.capacity = capacity;
        this.period = period;
        this.refill = refill;
        this.maxKeys = maxKeys;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** Zero when a request for {@code key} may go ahead (and is counted), otherwise the seconds to wait. */
    public long secondsToWait(String key) {
        if (buckets.size() > maxKeys) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(String.valueOf(key), k -> Bucket.builder()
                .addLimit(l -> refill == Refill.GREEDY
                        ? l.capacity(capacity).refillGreedy(capacity, period)
                        : l.capacity(capacity).refillIntervally(capacity, period))
                .withCustomTimePrecision(time)
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    }
}
