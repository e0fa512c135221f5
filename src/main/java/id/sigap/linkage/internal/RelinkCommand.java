package id.sigap.linkage.internal;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code ./sigap cli relink} ({@code --sigap.command=relink}): the full relink in the foreground, one line with its
 * counts, exit 0 when done and 1 when it failed. Counts only: no personal data on the console.
 */
@Component
class RelinkCommand implements ApplicationRunner {

    static final String COMMAND = "relink";

    private final String command;
    private final RelinkJob job;
    private final ApplicationContext context;

    RelinkCommand(@Value("${sigap.command:}") String command, RelinkJob job, ApplicationContext context) {
        this.command = command;
        this.job = job;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!COMMAND.equals(command)) {
            return;
        }
        long started = System.nanoTime();
        RelinkRuns.Run run = job.find(job.runNow(null)).orElseThrow();
        System.out.printf(
                Locale.ROOT,
                "relink %d %s: %d persons, %d comparisons, %d clusters, %d pairs, %.1f s%n",
                run.id(),
                run.status(),
                run.personsRead(),
                run.comparisons() == null ? 0 : run.comparisons(),
                run.clusters() == null ? 0 : run.clusters(),
                run.pairs() == null ? 0 : run.pairs(),
                (System.nanoTime() - started) / 1e9);
        int code = RelinkRuns.DONE.equals(run.status()) ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
