package id.sigap.security.internal;

import java.time.Instant;

/** Temporary access of one user to one region outside his scope, with the reason he wrote. */
public record BreakGlassAccess(
        long id, long userId, String regionCode, String reason, Instant startedAt, Instant expiresAt, Instant endedAt) {

    public boolean isActiveAt(Instant now) {
        return endedAt == null && expiresAt.isAfter(now);
    }

    /** {@code active}, {@code ended} (early, by its owner) or {@code expired}. */
    public String statusAt(Instant now) {
        return isActiveAt(now) ? "active" : endedAt != null && endedAt.isBefore(expiresAt) ? "ended" : "expired";
    }
}
