package id.sigap.security;

import id.sigap.shared.AuditEvent;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes to the audit log on behalf of the current user and request: modules call this, never the audit tables.
 * Publishes an {@link AuditEvent}; the audit module appends it (in the caller's transaction for writes).
 */
@Component
public class AuditTrail {

    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;

    public AuditTrail(ApplicationEventPublisher events, CurrentUser currentUser) {
        this.events = events;
        this.currentUser = currentUser;
    }

    public void record(AuditEvent.Action action, String objectType, Object objectId, String regionCode, String detail) {
        SigapUser user = currentUser.get().orElse(null);
        events.publishEvent(new AuditEvent(
                user == null ? null : user.id(),
                user == null ? null : user.username(),
                user == null ? null : user.agencyId(),
                action,
                objectType,
                objectId == null ? null : String.valueOf(objectId),
                regionCode,
                sourceAddress(),
                detail));
    }

    public void read(String objectType, Object objectId, String regionCode) {
        record(AuditEvent.Action.READ, objectType, objectId, regionCode, null);
    }

    public void created(String objectType, Object objectId, String regionCode) {
        record(AuditEvent.Action.CREATE, objectType, objectId, regionCode, null);
    }

    public void updated(String objectType, Object objectId, String regionCode, String changedFields) {
        record(AuditEvent.Action.UPDATE, objectType, objectId, regionCode, changedFields);
    }

    public void deleted(String objectType, Object objectId, String regionCode) {
        record(AuditEvent.Action.DELETE, objectType, objectId, regionCode, null);
    }

    /** The client address of the current request, or null outside a request. */
    public static String sourceAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
