package id.sigap.audit.internal;

import id.sigap.audit.ChainVerdict;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code ./sigap audit-verify} ({@code --sigap.command=audit-verify}): verifies the chain, prints one line in Bahasa
 * Indonesia and English, and ends the process with 0 when the log is intact, 3 when it was tampered with.
 */
@Component
class AuditVerifyCommand implements ApplicationRunner {

    static final String COMMAND = "audit-verify";
    static final int INTACT = 0;
    static final int TAMPERED = 3;

    private final String command;
    private final Supplier<ChainVerdict> verification;
    private final MessageSource messages;
    private final PrintStream out;
    private final ProcessExit exit;

    @Autowired
    AuditVerifyCommand(
            @Value("${sigap.command:}") String command,
            IntegrityCheck check,
            MessageSource messages,
            ApplicationContext context) {
        this(
                command,
                check::run,
                messages,
                System.out,
                code -> System.exit(SpringApplication.exit(context, () -> code)));
    }

    AuditVerifyCommand(
            String command,
            Supplier<ChainVerdict> verification,
            MessageSource messages,
            PrintStream out,
            ProcessExit exit) {
        this.command = command;
        this.verification = verification;
        this.messages = messages;
        this.out = out;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!COMMAND.equals(command)) {
            return;
        }
        ChainVerdict verdict = verification.get();
        out.println(line(verdict, Locale.forLanguageTag("id")) + " | " + line(verdict, Locale.ENGLISH));
        out.flush();
        exit.exit(verdict.intact() ? INTACT : TAMPERED);
    }

    private String line(ChainVerdict verdict, Locale locale) {
        return switch (verdict) {
            case ChainVerdict.Intact i ->
                messages.getMessage("audit.verify.intact", new Object[] {i.entries(), i.pending()}, locale);
            case ChainVerdict.Tampered t ->
                messages.getMessage(
                        "audit.verify.tampered",
                        new Object[] {t.seq(), messages.getMessage(t.reason().labelKey(), null, locale), t.entries()},
                        locale);
        };
    }
}
