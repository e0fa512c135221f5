package id.sigap.security.internal;

import id.sigap.security.Grant;
import id.sigap.security.SigapUser;
import java.time.Instant;
import java.util.List;

/** A stored account, including what never leaves the module (the password hash). */
public record Account(
        long id,
        String username,
        String displayName,
        String email,
        long agencyId,
        String passwordHash,
        boolean enabled,
        int failedAttempts,
        Instant lockedUntil,
        Instant passwordChangedAt,
        int version,
        Instant createdAt) {

    public static final int MAX_FAILED_ATTEMPTS = 5;

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** May sign in (apart from the password): enabled and not locked. */
    public boolean canSignInAt(Instant now) {
        return enabled && !isLockedAt(now);
    }

    public SigapUser toUser(List<Grant> grants) {
        return new SigapUser(id, username, displayName, agencyId, grants);
    }

    @Override
    public String toString() {
        return "Account[id=" + id + "]"; // never the hash or personal data in logs
    }
}
