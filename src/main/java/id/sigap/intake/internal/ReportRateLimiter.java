package id.sigap.intake.internal;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits public report submissions per client address ({@code sigap.intake.reports-per-hour}, default 10), for the
 * form and the JSON API together. In memory, per instance; the table is dropped when it grows past
 * {@link #MAX_ADDRESSES}. The address is the connection's peer (behind a proxy, configure forwarded headers).
 */
@Component
public class ReportRateLimiter {

    static final int MAX_ADDRESSES = 50_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perHour;
    private final TimeMeter time;

    ReportRateLimiter(@Value("${sigap.intake.reports-per-hour:10}") int perHour, Clock clock) {
        this.perHour = perHour;
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

    /** Zero when a submission from {@code address} may go ahead, otherwise the seconds to wait. */
    public long secondsToWait(String address) {
        if (buckets.size() > MAX_ADDRESSES) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(String.valueOf(address), a -> Bucket.builder()
                .addLimit(l -> l.capacity(perHour).refillIntervally(perHour, Duration.ofHours(1)))
                .withCustomTimePrecision(time)
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    }
}
