package id.sigap.bench;

import id.sigap.Application;
import id.sigap.organization.Agencies;
import id.sigap.security.UserAccounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmarked Sigap: {@link Application} as it runs in production, plus one start-up step that creates the
 * benchmark's users (run id, count and password from the environment of {@link SigapProcess}) and writes the chosen
 * province and usernames to a hand-over file. Runs in a child JVM with its own heap limit.
 */
public final class BenchServer {

    private BenchServer() {}

    public static void main(String[] args) {
        new SpringApplicationBuilder(Application.class, Setup.class).run(args);
    }

    /** Not a component (never scanned into tests): registered only by {@link #main}. */
    static final class Setup implements ApplicationRunner {

        private final Agencies agencies;
        private final UserAccounts accounts;
        private final DataSource db;
        private final Environment env;

        Setup(Agencies agencies, UserAccounts accounts, DataSource db, Environment env) {
            this.agencies = agencies;
            this.accounts = accounts;
            this.db = db;
            this.env = env;
        }

        @Override
        public void run(ApplicationArguments args) throws Exception {
            String province = env.getProperty("sigap.bench.province", "");
            if (province.isBlank()) {
                province = BenchAccounts.busiestProvince(new JdbcTemplate(db));
            }
            List<String> users = BenchAccounts.ensure(
                    agencies,
                    accounts,
                    province,
                    env.getRequiredProperty("sigap.bench.run-id"),
                    env.getRequiredProperty("sigap.bench.users", Integer.class),
                    System.getenv("SIGAP_BENCH_PASSWORD"));
            Path handOver = Path.of(env.getRequiredProperty("sigap.bench.hand-over"));
            Files.writeString(
                    handOver.resolveSibling(handOver.getFileName() + ".tmp"),
                    "province=" + province + "\nusers=" + String.join(",", users) + "\n");
            Files.move(
                    handOver.resolveSibling(handOver.getFileName() + ".tmp"),
                    handOver,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
