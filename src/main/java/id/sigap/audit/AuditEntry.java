package id.sigap.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit log, exactly as stored: who ({@code actor*}), when, what ({@code action}), which record
 * ({@code objectType}/{@code objectId}), where ({@code regionCode}) and from where ({@code sourceAddress}). Ids and
 * codes only, never personal data. {@code id} is the order of insertion (with holes where a transaction rolled
 * back); {@code seq} is the entry's position in the hash chain, given by the sealer after the entry committed (null,
 * like both hashes, while the entry is unsealed). {@code hash} is the SHA-256 of all other fields but {@code id},
 * {@code prevHash} the hash of the entry before it in the chain ({@code seq - 1}).
 */
public record AuditEntry(
        long id,
        Long seq,
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
        if ((seq == null) != (prevHash == null)) {
            throw new IllegalArgumentException("a sealed entry has both a chain position and a previous hash");
        }
    }

    public boolean sealed() {
        return seq != null;
    }

    public AuditEntry withHash(String newHash) {
        return new AuditEntry(
                id,
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
