package id.sigap.audit.internal;

import id.sigap.audit.ChainVerdict;
import id.sigap.security.AuditTrail;
import id.sigap.shared.AuditEvent;
import id.sigap.shared.SigapException;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/**
 * Seals what is committed, then runs the verification of the whole chain and records that it ran (and what it found) in the log itself. One at a
 * time: a verification reads every entry, so a second request while one runs is refused rather than queued.
 */
@Component
public class IntegrityCheck {

    static final String OBJECT_TYPE = "audit-log";

    private final AuditSealer sealer;
    private final ChainVerifier verifier;
    private final AuditTrail audit;
    private final ReentrantLock running = new ReentrantLock();

    IntegrityCheck(AuditSealer sealer, ChainVerifier verifier, AuditTrail audit) {
        this.sealer = sealer;
        this.verifier = verifier;
        this.audit = audit;
    }

    public ChainVerdict run() {
        if (!running.tryLock()) {
            throw new SigapException.Conflict("audit.verify.busy");
        }
        try {
            sealer.seal(); // everything committed so far is verified, not reported as pending
            ChainVerdict verdict = verifier.verify();
            audit.record(AuditEvent.Action.READ, OBJECT_TYPE, null, null, detail(verdict));
            return verdict;
        } finally {
            running.unlock();
        }
    }

    static String detail(ChainVerdict verdict) {
        return switch (verdict) {
            case ChainVerdict.Intact i -> "verify:intact:" + i.entries() + ":pending:" + i.pending();
            case ChainVerdict.Tampered t -> "verify:tampered:" + t.seq() + ":" + t.reason();
        };
    }
}
