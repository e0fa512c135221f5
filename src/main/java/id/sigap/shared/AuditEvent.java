package id.sigap.shared;

import java.util.Objects;

/**
 * Something that must be in the audit log: a login, a write, a read of a person's data, a refusal. Published as an
 * application event; the audit module appends it to the hash-chained log in the publisher's transaction (writes) or
 * its own (reads, logins, refusals). Never carries personal data: ids and codes only, {@code detail} is a short
 * code-like note (e.g. changed field names), never values.
 */
public record AuditEvent(
        Long actorUserId,
        String actorUsername,
        Long actorAgencyId,
        Action action,
        String objectType,
        String objectId,
        String regionCode,
        String sourceAddress,
        String detail) {

    public enum Action {
        LOGIN,
        LOGIN_FAILED,
        LOGOUT,
        READ,
        CREATE,
        UPDATE,
        DELETE,
        EXPORT,
        ACCESS_DENIED,
        BREAK_GLASS,
        TOKEN_ISSUED,
        TOKEN_REVOKED
    }

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
        if (detail != null && detail.length() > 500) {
            detail = detail.substring(0, 500);
        }
    }

    /** A write or read happens inside the caller's transaction only for writes. */
    public boolean isWrite() {
        return action == Action.CREATE || action == Action.UPDATE || action == Action.DELETE;
    }
}
