package id.sigap.audit.internal;

import id.sigap.shared.AuditEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends every {@link AuditEvent} to the log, in the right transaction:
 *
 * <ul>
 *   <li>a write (create/update/delete) inside a transaction becomes part of that transaction: appended just before it
 *       commits, so a rolled-back write leaves no entry and a failed append rolls the write back (and the chain lock
 *       is held only for the commit, not for the whole business transaction);
 *   <li>everything else (reads, logins, refusals, ...) and writes outside a transaction are appended at once in a
 *       transaction of their own, so they are kept whatever happens to the caller's (read-only, rolled back)
 *       transaction; if that append fails, the caller gets the exception: no read without its audit entry.
 * </ul>
 */
@Component
class AuditEventListener {

    private final AuditAppender appender;
    private final TransactionTemplate ownTransaction;

    AuditEventListener(AuditAppender appender, PlatformTransactionManager transactions) {
        this.appender = appender;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void on(AuditEvent event) {
        if (!event.isWrite() || !TransactionSynchronizationManager.isActualTransactionActive()) {
            appendAlone(event);
        } else if (TransactionSynchronizationManager.isSynchronizationActive()) {
            PendingWrites.of(this).add(event);
        } else {
            appender.append(event); // a transaction without synchronization: join it directly
        }
    }

    void appendNow(AuditEvent event) {
        appender.append(event);
    }

    void appendAlone(AuditEvent event) {
        ownTransaction.executeWithoutResult(status -> appender.append(event));
    }
}
