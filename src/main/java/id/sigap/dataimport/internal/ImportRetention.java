package id.sigap.dataimport.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Uploaded files hold personal data: the file of an import that is READY or FAILED and never committed is purged
 * {@code sigap.imports.retention} (default 7 days) after its upload (the import becomes EXPIRED; its hash and counts
 * stay), and an import still PARSING after {@value #PARSING_MINUTES} minutes (its process died) becomes FAILED. A
 * committed import's file is deleted by the commit itself. Runs every {@code sigap.imports.retention-check} (10 min).
 */
@Component
class ImportRetention {

    static final int PARSING_MINUTES = 15;
    private static final Logger log = LoggerFactory.getLogger(ImportRetention.class);

    private final ImportStore store;
    private final Clock clock;
    private final Duration retention;

    ImportRetention(ImportStore store, Clock clock, @Value("${sigap.imports.retention:P7D}") Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("sigap.imports.retention must be positive");
        }
        this.store = store;
        this.clock = clock;
        this.retention = retention;
    }

    record Purged(int expired, int failed) {}

    @Scheduled(
            initialDelayString = "${sigap.imports.retention-check:PT10M}",
            fixedDelayString = "${sigap.imports.retention-check:PT10M}")
    Purged purge() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Purged purged = new Purged(
                store.purgeContent(now.minus(retention)), store.failStaleParsing(now.minusMinutes(PARSING_MINUTES)));
        if (purged.expired() > 0 || purged.failed() > 0) {
            log.info(
                    "Imports: {} file(s) past retention purged, {} stale reading(s) failed",
                    purged.expired(),
                    purged.failed());
        }
        return purged;
    }
}
