package id.sigap.shared.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database: an external PostgreSQL when {@code SIGAP_DB_URL} is set, otherwise an embedded PostgreSQL 18
 * whose data lives in {@code SIGAP_DATA_DIR} (default {@code ./data}) so a restart keeps everything.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${sigap.db.url:}'.isEmpty()")
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedPostgres embeddedPostgres(
                @Value("${sigap.data-dir}") String dataDir,
                @Value("${sigap.db.embedded-port:0}") int port,
                @Value("${sigap.db.embedded-durable:true}") boolean durable)
                throws IOException {
            Path pgDir = Path.of(dataDir).toAbsolutePath().resolve("pg");
            Files.createDirectories(pgDir);
            stopOrphan(pgDir);
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("work_mem", "16MB");
            if (!durable) {
                builder.setCleanDataDirectory(true); // tests: a throwaway database, removed on close
            }
            if (durable) {
                // zonky's defaults (fsync off) are for tests; a real installation must survive a power cut
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            log.info("Starting embedded PostgreSQL in {}", pgDir);
            return builder.start();
        }

        /** A killed JVM leaves the postmaster running; stop it so it does not silently serve an old database. */
        private static void stopOrphan(Path pgDir) {
            Path pid = pgDir.resolve("postmaster.pid");
            if (!Files.exists(pid)) {
                return;
            }
            try {
                long p = Long.parseLong(Files.readAllLines(pid).getFirst().trim());
                ProcessHandle.of(p).ifPresent(h -> {
                    log.warn("Stopping an orphaned PostgreSQL (pid {}) left by an earlier run", p);
                    h.destroy();
                    h.onExit().join();
                });
            } catch (IOException | RuntimeException e) {
                log.warn("Could not inspect {}: {}", pid, e.getMessage());
            }
        }

        @Bean(destroyMethod = "close")
        HikariDataSource dataSource(EmbeddedPostgres pg, @Value("${sigap.db.pool-size:16}") int poolSize) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
            config.setMaximumPoolSize(poolSize);
            config.setPoolName("sigap");
            return new HikariDataSource(config);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("!'${sigap.db.url:}'.isEmpty()")
    static class External {

        @Bean(destroyMethod = "close")
        DataSource dataSource(
                @Value("${sigap.db.url}") String url,
                @Value("${sigap.db.user:}") String user,
                @Value("${sigap.db.password:}") String password,
                @Value("${sigap.db.pool-size:16}") int poolSize) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
            config.setMaximumPoolSize(poolSize);
            config.setPoolName("sigap");
            return new HikariDataSource(config);
        }
    }
}
