package id.sigap.audit.web;

import id.sigap.audit.AuditEntry;
import id.sigap.audit.internal.AuditEntries;
import id.sigap.audit.internal.IntegrityCheck;
import id.sigap.security.AuditTrail;
import id.sigap.security.RegionScope;
import id.sigap.shared.AuditEvent;
import id.sigap.shared.Page;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the auditor's page and API do: search within the auditor's scope and verify the chain. Access is decided
 * before the input is looked at, so a non-auditor learns nothing from validation messages. Searches of the log are
 * themselves logged (without their criteria, which may name people's record ids).
 */
@Component
class AuditDesk {

    private final AuditAccess access;
    private final AuditEntries entries;
    private final IntegrityCheck integrity;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    AuditDesk(
            AuditAccess access,
            AuditEntries entries,
            IntegrityCheck integrity,
            AuditTrail audit,
            MessageSource messages,
            Clock clock) {
        this.access = access;
        this.entries = entries;
        this.integrity = integrity;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    RegionScope scope() {
        return access.requireReader();
    }

    Page<AuditEntry> search(AuditFilter filter) {
        RegionScope scope = access.requireReader();
        Page<AuditEntry> page = entries.search(filter.toSearch(clock), scope, filter.pageRequest());
        audit.record(AuditEvent.Action.READ, AuditAccess.OBJECT_TYPE, null, null, "search");
        return page;
    }

    VerificationView verify(Locale locale) {
        access.requireNational();
        return VerificationView.of(integrity.run(), messages, locale);
    }

    Clock clock() {
        return clock;
    }
}
