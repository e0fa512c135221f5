package id.sigap.security.internal;

import id.sigap.shared.RateLimit;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits password-for-token exchanges per client address ({@code sigap.auth.token-requests-per-minute}, default
 * 10): together with the account lockout this slows down password guessing through the API.
 */
@Component
public class TokenRateLimiter {

    private final RateLimit limit;

    TokenRateLimiter(@Value("${sigap.auth.token-requests-per-minute:10}") int perMinute, Clock clock) {
        this.limit = new RateLimit(perMinute, Duration.ofMinutes(1), RateLimit.Refill.GREEDY, 10_000, clock);
    }

    /** Zero when the request may go ahead, otherwise the seconds to wait. */
    public long secondsToWait(String address) {
        return limit.secondsToWait(address);
    }
}
