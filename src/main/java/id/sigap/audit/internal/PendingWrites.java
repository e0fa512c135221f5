package id.sigap.audit.internal;

import id.sigap.shared.AuditEvent;
import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The write events of one transaction, appended in order just before it commits. Bound to the transaction (and
 * suspended with it, so a nested REQUIRES_NEW transaction collects its own). A write published after the flush (by
 * another before-commit callback) is appended at once, still inside the transaction; one published so late that
 * this callback was never asked to flush is appended after the commit in a transaction of its own, rather than lost.
 */
final class PendingWrites implements TransactionSynchronization {

    private final AuditEventListener listener;
    private final List<AuditEvent> events = new ArrayList<>();
    private boolean flushed;

    private PendingWrites(AuditEventListener listener) {
        this.listener = listener;
    }

    /** The pending writes of the current transaction, created and registered on first use. */
    static PendingWrites of(AuditEventListener listener) {
        Object bound = TransactionSynchronizationManager.getResource(PendingWrites.class);
        if (bound instanceof PendingWrites pending) {
            return pending;
        }
        PendingWrites pending = new PendingWrites(listener);
        TransactionSynchronizationManager.bindResource(PendingWrites.class, pending);
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    void add(AuditEvent event) {
        if (flushed) {
            listener.appendNow(event);
        } else {
            events.add(event);
        }
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        flushed = true;
        for (AuditEvent event : events) {
            listener.appendNow(event);
        }
        events.clear();
    }

    @Override
    public void suspend() {
        TransactionSynchronizationManager.unbindResource(PendingWrites.class);
    }

    @Override
    public void resume() {
        TransactionSynchronizationManager.bindResource(PendingWrites.class, this);
    }

    @Override
    public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(PendingWrites.class);
        if (status == STATUS_COMMITTED) {
            for (AuditEvent event : events) {
                listener.appendAlone(event);
            }
        }
        events.clear();
    }
}
