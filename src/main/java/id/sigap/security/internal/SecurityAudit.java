package id.sigap.security.internal;

import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.AuditEvent;
import id.sigap.shared.AuditEvent.Action;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Audit events of the security module with an explicit actor: signing in and out (there is no current user yet, or
 * no longer), tokens issued to a script that signed in with a password. Never the password, never the typed username of a failed attempt: only the account id when one exists.
 */
@Component
public class SecurityAudit {

    private final ApplicationEventPublisher events;

    SecurityAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    public void loggedIn(SigapUser user, SigapAuthentication.Method method) {
        publish(user, Action.LOGIN, user.id(), method.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** A failed sign-in; {@code accountId} is null when no such account exists. */
    public void failed(Long accountId) {
        events.publishEvent(new AuditEvent(
                null, null, null, Action.LOGIN_FAILED, "user", id(accountId), null, AuditTrail.sourceAddress(), null));
    }

    public void loggedOut(SigapUser user) {
        publish(user, Action.LOGOUT, user.id(), null);
    }

    public void publish(SigapUser actor, Action action, Object objectId, String detail) {
        publish(actor, action, "user", objectId, null, detail);
    }

    public void publish(
            SigapUser actor, Action action, String objectType, Object objectId, String regionCode, String detail) {
        events.publishEvent(new AuditEvent(
                actor.id(),
                actor.username(),
                actor.agencyId(),
                action,
                objectType,
                id(objectId),
                regionCode,
                AuditTrail.sourceAddress(),
                detail));
    }

    private static String id(Object id) {
        return id == null ? null : String.valueOf(id);
    }
}
