package id.sigap.audit.internal;

import id.sigap.shared.AuditEvent;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inserts every {@link AuditEvent} into the log (unsealed, without any lock: {@link AuditSealer} chains them later),
 * in the right transaction:
 *
 * <ul>
 *   <li>a write (create/update/delete) inside a transaction becomes part of that transaction: inserted just before
 *       it commits, so a rolled-back write leaves no entry and a failed insert rolls the write back;
 *   <li>everything else (reads, logins, refusals, ...) inside a transaction is collected and inserted, all entries of
 *       that transaction in one statement, in a transaction of its own just before the caller's commits (a failure
 *       reaches the caller: no read without its entry), or after the caller's transaction rolled back, so they are
 *       kept whatever happens to it. A page that reads ten persons in one transaction costs one commit, not ten;
 *   <li>outside a transaction, every event is inserted at once in a transaction of its own;
 *   <li>but during an HTTP request (a {@link RequestReads} scope is open), every event that is not a write, in a
 *       transaction or not, is held and inserted with the others of the request in one statement and one commit
 *       ({@link #flushHeldReads()}, called before the response is written and when the request ends, failed or not).
 * </ul>
 */
@Component
public class AuditEventListener {

    private final AuditAppender appender;
    private final TransactionTemplate ownTransaction;

    AuditEventListener(AuditAppender appender, PlatformTransactionManager transactions) {
        this.appender = appender;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void on(AuditEvent event) {
        if (!event.isWrite() && RequestReads.hold(event)) {
            if (RequestReads.full()) {
                flushHeldReads();
            }
        } else if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            appendAlone(List.of(event));
        } else if (TransactionSynchronizationManager.isSynchronizationActive()) {
            PendingWrites.of(this).add(event);
        } else if (event.isWrite()) {
            appender.append(event); // a transaction without synchronization: join it directly
        } else {
            appendAlone(List.of(event));
        }
    }

    /** Inserts the events held for the current request (see {@link RequestReads}) in one statement and commit. */
    public void flushHeldReads() {
        appendAlone(RequestReads.drain());
    }

    void appendNow(List<AuditEvent> events) {
        appender.appendAll(events);
    }

    void appendAlone(List<AuditEvent> events) {
        if (!events.isEmpty()) {
            ownTransaction.executeWithoutResult(status -> appender.appendAll(events));
        }
    }
}
