package id.sigap.synthetic.internal;

import id.sigap.shared.SigapException;
import id.sigap.synthetic.GeneratorRun;
import id.sigap.synthetic.SyntheticData;
import java.io.PrintStream;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code ./sigap generate --cases N --seed S} ({@code --sigap.command=generate --sigap.generate.cases=N
 * --sigap.generate.seed=S}): generates into the configured database with a progress bar, prints the outcome in Bahasa
 * Indonesia and English, and ends the process: 0 when the data is there (also when this seed was loaded before:
 * nothing is added), 2 for a bad number of cases, 4 when the seed was used with another number of cases.
 */
@Component
class GenerateCommand implements ApplicationRunner {

    static final String COMMAND = "generate";

    private final String command;
    private final int cases;
    private final long seed;
    private final SyntheticData generator;
    private final MessageSource messages;
    private final ApplicationContext context;
    private final PrintStream out = System.out;

    GenerateCommand(
            @Value("${sigap.command:}") String command,
            @Value("${sigap.generate.cases:0}") int cases,
            @Value("${sigap.generate.seed:1}") long seed,
            SyntheticData generator,
            MessageSource messages,
            ApplicationContext context) {
        this.command = command;
        this.cases = cases;
        this.seed = seed;
        this.generator = generator;
        this.messages = messages;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!COMMAND.equals(command)) {
            return;
        }
        int code = 0;
        try {
            boolean before = generator.run(seed).map(GeneratorRun::done).orElse(false);
            GeneratorRun run = generator.generate(cases, seed, new ProgressBar(out, System.console() != null));
            if (before) {
                say("synthetic.loaded-before", seed, run.cases(), run.persons());
            } else {
                say("synthetic.generated", run.cases(), run.persons(), seed, run.seconds());
            }
        } catch (SigapException.Invalid e) {
            say("synthetic.usage", Generator.MAX_CASES);
            code = 2;
        } catch (SigapException.Conflict e) {
            say("error." + e.code(), e.args());
            code = 4;
        }
        out.flush();
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    private void say(String key, Object... args) {
        out.println(messages.getMessage(key, args, Locale.forLanguageTag("id")) + " | "
                + messages.getMessage(key, args, Locale.ENGLISH));
    }
}
