package id.sigap.intake.internal;

import id.sigap.shared.RateLimit;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits public report submissions per client address ({@code sigap.intake.reports-per-hour}, default 10), for the
 * form and the JSON API together. The address is the connection's peer (behind a proxy, configure forwarded headers).
 */
@Component
public class ReportRateLimiter {

    private final RateLimit limit;

    ReportRateLimiter(@Value("${sigap.intake.reports-per-hour:10}") int perHour, Clock clock) {
        this.limit = new RateLimit(perHour, Duration.ofHours(1), RateLimit.Refill.INTERVALLY, 50_000, clock);
    }

    /** Zero when a submission from {@code address} may go ahead, otherwise the seconds to wait. */
    public long secondsToWait(String address) {
        return limit.secondsToWait(address);
    }
}
