package id.sigap.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit log, exactly as stored: who ({@code actor*}), when, what ({@code action}), which record
 * ({@code objectType}/{@code objectId}), where ({@code regionCode}) and from where ({@code sourceAddress}). Ids and
 * codes only, never personal data. {@code hash} is the SHA-256 of all other fields, {@code prevHash} the hash of
 * the entry before ({@code seq - 1}).
 */
public record AuditEntry(
        long seq,
        Instant occurredAt,
        Long actorUserId,
        String actorUsername,
        Long actorAgencyId,
        String action,
        String objectType,
        String objectId,
        String regionCode,
        String sourceAddress,
        String detail,
        String prevHash,
        String hash) {

    public AuditEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(prevHash, "prevHash");
    }

    public AuditEntry withHash(String newHash) {
        return new AuditEntry(
                seq,
                occurredAt,
                actorUserId,
                actorUsername,
                actorAgencyId,
                action,
                objectType,
                objectId,
                regionCode,
                sourceAddress,
                detail,
                prevHash,
                newHash);
    }
}
