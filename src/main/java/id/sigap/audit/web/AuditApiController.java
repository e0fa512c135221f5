package id.sigap.audit.web;

import id.sigap.audit.AuditEntry;
import id.sigap.shared.Page;
import id.sigap.shared.web.ApiController;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The audit log for auditors' tools. {@code GET /api/v1/audit?from=&to=&actor=&action=&objectType=&objectId=&page=
 * &size=&sort=&dir=} (dates yyyy-mm-dd, both included; entries newest first in {@code content});
 * {@code POST /api/v1/audit/verify} verifies the whole chain (national auditors and administrators).
 */
@ApiController
@RequestMapping("/api/v1/audit")
class AuditApiController {

    private final AuditDesk desk;

    AuditApiController(AuditDesk desk) {
        this.desk = desk;
    }

    @GetMapping
    Page<AuditEntry> search(AuditFilter filter) {
        return desk.search(filter);
    }

    @PostMapping("/verify")
    VerificationView verify(Locale locale) {
        return desk.verify(locale);
    }
}
