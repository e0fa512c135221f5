package id.sigap.audit.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs {@link AuditSealer#seal()} every {@code sigap.audit.seal-interval} (200 ms; 0 = no timer) on one thread of its own, and once
 * more when the application stops (before the database goes away: this lifecycle stops early), so that no committed
 * entry is left unsealed by an orderly shutdown. A failed seal is logged and retried at the next tick.
 */
@Component
class SealSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SealSchedule.class);

    private final AuditSealer sealer;
    private final Duration interval;
    private ScheduledExecutorService executor;
    private boolean running;

    SealSchedule(AuditSealer sealer, @Value("${sigap.audit.seal-interval:200ms}") Duration interval) {
        this.sealer = sealer;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        if (interval.isZero()) {
            running = true; // no timer (tests drive the sealer); still sealed at stop
            return;
        }
        running = true;
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("audit-sealer").daemon(true).factory());
        executor.scheduleWithFixedDelay(
                this::sealQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
        sealQuietly();
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }

    /** Stops among the first, while the data source is still open. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    private void sealQuietly() {
        try {
            sealer.seal();
        } catch (RuntimeException e) {
            log.warn(
                    "sealing the audit log failed; retried at the next tick: {}",
                    e.getClass().getSimpleName());
        }
    }
}
