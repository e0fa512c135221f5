package id.sigap.security.internal;

import id.sigap.security.AgencyDirectory;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.UserAccounts.NewAccount;
import id.sigap.shared.SigapException;
import java.security.SecureRandom;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First start: on a database without any account, creates the national administrator {@code admin} of the Sigap
 * secretariat ({@link AgencyDirectory#SECRETARIAT}). The password is {@code sigap.admin-password}
 * ({@code SIGAP_ADMIN_PASSWORD}); when that is empty one is generated and printed once to the console, never
 * logged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.+!?#";

    private final AccountStore accounts;
    private final AccountRegistry registry;
    private final PasswordRules rules;
    private final String configuredPassword;
    private final SecureRandom random = new SecureRandom();

    AdminBootstrap(
            AccountStore accounts,
            AccountRegistry registry,
            PasswordRules rules,
            @Value("${sigap.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.registry = registry;
        this.rules = rules;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.any()) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isEmpty();
        String password = generated ? generate() : configuredPassword;
        var problems = rules.check("password", USERNAME, password);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("SIGAP_ADMIN_PASSWORD (sigap.admin-password) breaks the password rules ("
                    + problems.stream().map(p -> p.code()).collect(Collectors.joining(", "))
                    + "): at least 12 characters, 3 of lower case/upper case/digit/symbol, not a common password");
        }
        try {
            registry.create(
                    new NewAccount(
                            USERNAME,
                            "Administrator Sigap",
                            null,
                            AgencyDirectory.SECRETARIAT,
                            password,
                            List.of(Grant.national(Role.SYSTEM_ADMIN))),
                    null);
        } catch (SigapException.Invalid e) {
            log.info("The first administrator was created by another instance");
            return;
        }
        log.info("Created the first administrator '{}'", USERNAME);
        if (generated) {
            printOnce(password);
        }
    }

    String generate() {
        while (true) {
            StringBuilder sb = new StringBuilder(20);
            for (int i = 0; i < 20; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String candidate = sb.toString();
            if (PasswordRules.characterClasses(candidate) == 4
                    && rules.check("password", USERNAME, candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    /** The console only (not the log): shown once, to the person who started Sigap. */
    @SuppressWarnings("java:S106")
    private static void printOnce(String password) {
        String line = "=".repeat(72);
        System.out.println(line);
        System.out.println("  Sigap: administrator pertama dibuat / first administrator created");
        System.out.println("  Nama pengguna / username : " + USERNAME);
        System.out.println("  Kata sandi / password    : " + password);
        System.out.println("  Simpan sekarang: kata sandi ini tidak akan ditampilkan lagi.");
        System.out.println("  Save it now: this password will not be shown again.");
        System.out.println("  (Set SIGAP_ADMIN_PASSWORD before the first start to choose it yourself.)");
        System.out.println(line);
    }
}
