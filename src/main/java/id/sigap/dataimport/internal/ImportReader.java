package id.sigap.dataimport.internal;

import id.sigap.security.RegionScope;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads and checks uploaded files in the background, one at a time, so an upload returns at once: the import is
 * PARSING (progress: rows read, of the lines of a CSV file; an XLSX file's row count is known only at its end) until
 * it is READY or INVALID with its problems, written together in one transaction. A reading that fails unexpectedly
 * leaves the import FAILED and its file dropped.
 */
@Component
class ImportReader {

    private static final Logger log = LoggerFactory.getLogger(ImportReader.class);

    private final ImportStore store;
    private final ImportProblems problems;
    private final SheetCheck check;
    private final ImportProgress progress;
    private final TransactionTemplate tx;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sigap-import-read");
        t.setDaemon(true);
        return t;
    });

    ImportReader(
            ImportStore store,
            ImportProblems problems,
            SheetCheck check,
            ImportProgress progress,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.problems = problems;
        this.check = check;
        this.progress = progress;
        this.tx = new TransactionTemplate(transactions);
    }

    void start(long id, byte[] content, RegionScope scope) {
        progress.start(id, SheetCheck.isXlsx(content) ? 0 : lines(content));
        worker.execute(new DelegatingSecurityContextRunnable(() -> read(id, content, scope)));
    }

    void read(long id, byte[] content, RegionScope scope) {
        long t0 = System.nanoTime();
        try {
            CheckedFile checked = check.check(content, scope, rows -> progress.advance(id, rows));
            tx.executeWithoutResult(status -> {
                if (store.checked(id, checked)) {
                    problems.insert(id, checked.problems());
                }
            });
            log.info(
                    "Import {}: {} rows, {} problems, checked in {} ms",
                    id,
                    checked.rowCount(),
                    checked.problems().size(),
                    (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Import {} could not be read ({})", id, e.getClass().getSimpleName());
            store.failed(id, "import.parse-failed");
        } finally {
            progress.finish(id);
        }
    }

    /** Data rows of a CSV file, at most: its lines after the header. */
    static int lines(byte[] content) {
        int n = 0;
        for (byte b : content) {
            if (b == '\n') {
                n++;
            }
        }
        return Math.max(0, n - 1 + (content.length > 0 && content[content.length - 1] != '\n' ? 1 : 0));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
