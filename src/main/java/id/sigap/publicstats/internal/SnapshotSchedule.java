package id.sigap.publicstats.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes the published snapshot every day (default 01:30 WIB, {@code sigap.publicstats.cron}) and once at start
 * when none is published yet (in the background, so the start is not delayed; {@code sigap.publicstats.on-start}).
 */
@Component
class SnapshotSchedule {

    private static final Logger log = LoggerFactory.getLogger(SnapshotSchedule.class);

    private final PublicStatistics statistics;
    private final boolean onStart;

    SnapshotSchedule(PublicStatistics statistics, @Value("${sigap.publicstats.on-start:true}") boolean onStart) {
        this.statistics = statistics;
        this.onStart = onStart;
    }

    @Scheduled(cron = "${sigap.publicstats.cron:0 30 1 * * *}", zone = "Asia/Jakarta")
    void daily() {
        refreshQuietly();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (onStart && !statistics.published()) {
            Thread.ofVirtual().name("publicstats-first-snapshot").start(this::refreshQuietly);
        }
    }

    private void refreshQuietly() {
        try {
            statistics.refresh();
        } catch (RuntimeException e) {
            log.error(
                    "public statistics could not be refreshed: {}", e.getClass().getSimpleName());
        }
    }
}
