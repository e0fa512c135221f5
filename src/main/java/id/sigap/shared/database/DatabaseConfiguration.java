package id.sigap.shared.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
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

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${sigap.db.url:}'.isEmpty()")
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedDatabase embeddedDatabase(
                @Value("${sigap.data-dir}") String dataDir,
                @Value("${sigap.db.embedded-port:0}") int port,
                @Value("${sigap.db.embedded-durable:true}") boolean durable)
                throws IOException {
            return EmbeddedDatabase.open(Path.of(dataDir), port, durable);
        }

        @Bean(destroyMethod = "close")
        HikariDataSource dataSource(EmbeddedDatabase db, @Value("${sigap.db.pool-size:16}") int poolSize) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(db.jdbcUrl());
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
