package id.sigap.security.internal;

import java.time.Instant;

/** A personal access token as its owner sees it: never the secret, which is shown once at creation. */
public record AccessToken(
        long id,
        long userId,
        String name,
        String hint,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    public boolean isUsableAt(Instant now) {
        return !isRevoked() && !isExpiredAt(now);
    }
}
