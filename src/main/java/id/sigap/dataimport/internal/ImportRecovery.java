package id.sigap.dataimport.internal;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, an import found COMMITTING was being committed by a process that died: its transaction was rolled back by
 * PostgreSQL, so nothing of it was saved; it goes back to READY and can be committed again. Files past their retention
 * are purged at once ({@link ImportRetention}).
 */
@Component
class ImportRecovery {

    private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

    private final ImportDesk desk;
    private final ImportRetention retention;

    ImportRecovery(ImportDesk desk, ImportRetention retention) {
        this.desk = desk;
        this.retention = retention;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recover() {
        int n = desk.recover();
        if (n > 0) {
            log.warn("{} import(s) interrupted during commit are READY again", n);
        }
        retention.purge();
    }

    @PreDestroy
    void stop() {
        desk.shutdown();
    }
}
