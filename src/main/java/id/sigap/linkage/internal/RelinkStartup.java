package id.sigap.linkage.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start: runs a stopped server left RUNNING are marked failed; with {@code --demo}, a relink links the demo data
 * (loaded before the application is ready) unless a relink has already been done.
 */
@Component
class RelinkStartup {

    private final RelinkRuns runs;
    private final RelinkJob job;
    private final boolean demo;

    RelinkStartup(RelinkRuns runs, RelinkJob job, @Value("${sigap.demo:false}") boolean demo) {
        this.runs = runs;
        this.job = job;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        runs.abandonRunning();
        if (demo && runs.lastFinished().isEmpty()) {
            job.start(null);
        }
    }
}
