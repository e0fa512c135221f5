package id.sigap.audit.internal;

import id.sigap.shared.AuditEvent;
import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit events of one transaction. Bound to the transaction (and suspended with it, so a nested REQUIRES_NEW
 * transaction collects its own). Just before the commit, the writes are inserted in the transaction (one statement)
 * and the other events (reads, refusals, ...) in a transaction of their own (one statement, one commit). After a
 * rollback only the other events are inserted. An event published after the flush (by another before-commit
 * callback) is inserted at once, a write still inside the transaction; one published so late that this callback was
 * never asked to flush is inserted after the commit in a transaction of its own, rather than lost.
 */
final class PendingWrites implements TransactionSynchronization {

    private final AuditEventListener listener;
    private final List<AuditEvent> writes = new ArrayList<>();
    private final List<AuditEvent> others = new ArrayList<>();
    private boolean flushed;

    private PendingWrites(AuditEventListener listener) {
        this.listener = listener;
    }

    /** The pending events of the current transaction, created and registered on first use. */
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
            if (event.isWrite()) {
                listener.appendNow(List.of(event));
            } else {
                listener.appendAlone(List.of(event));
            }
        } else if (event.isWrite()) {
            writes.add(event);
        } else {
            others.add(event);
        }
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        flushed = true;
        List<AuditEvent> alone = List.copyOf(others);
        others.clear();
        listener.appendAlone(alone);
        listener.appendNow(List.copyOf(writes));
        writes.clear();
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
        List<AuditEvent> late = new ArrayList<>(others);
        if (status == STATUS_COMMITTED) {
            late.addAll(writes);
        }
        writes.clear();
        others.clear();
        listener.appendAlone(late);
    }
}
