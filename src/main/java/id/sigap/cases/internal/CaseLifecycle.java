package id.sigap.cases.internal;

import id.sigap.cases.CaseStatus;
import id.sigap.shared.SigapException;
import java.util.Set;

/** The allowed status changes of a case; each refusal carries a specific code. Pure, no database. */
public final class CaseLifecycle {

    /** Reasons a case may be closed with. */
    public static final Set<String> CLOSE_REASONS =
            Set.of("RESOLVED", "REFERRED", "NO_TRAFFICKING", "DUPLICATE", "VICTIM_DECLINED", "OTHER");

    private CaseLifecycle() {}

    public static CaseStatus startHandling(CaseStatus current) {
        if (current == CaseStatus.CLOSED) {
            throw new SigapException.Conflict("case.already-closed");
        }
        if (current == CaseStatus.IN_HANDLING) {
            throw new SigapException.Conflict("case.already-in-handling");
        }
        return CaseStatus.IN_HANDLING;
    }

    public static CaseStatus close(CaseStatus current, String reason) {
        if (current == CaseStatus.CLOSED) {
            throw new SigapException.Conflict("case.already-closed");
        }
        if (reason == null || !CLOSE_REASONS.contains(reason)) {
            throw new SigapException.Invalid("closeReason", "case.close-reason-required");
        }
        return CaseStatus.CLOSED;
    }

    public static CaseStatus reopen(CaseStatus current) {
        if (current != CaseStatus.CLOSED) {
            throw new SigapException.Conflict("case.not-closed");
        }
        return CaseStatus.REOPENED;
    }
}
