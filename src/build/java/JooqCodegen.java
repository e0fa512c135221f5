import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;
import org.slf4j.LoggerFactory;

/**
 * Build script: migrates a throwaway embedded PostgreSQL with the Flyway migrations and generates the jOOQ
 * classes of each module's schema into that module's internal package.
 * Arguments: migrations-dir output-dir schema=package [schema=package ...]
 */
public class JooqCodegen {
  public static void main(String[] args) throws Exception {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    Path migrations = Path.of(args[0]).toAbsolutePath();
    String out = Path.of(args[1]).toAbsolutePath().toString();
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      Flyway.configure().dataSource(pg.getPostgresDatabase())
          .locations("filesystem:" + migrations)
          
          .load().migrate();
      for (int i = 2; i < args.length; i++) {
        String[] pair = args[i].split("=");
        GenerationTool.generate(new Configuration()
            .withJdbc(new Jdbc().withDriver("org.postgresql.Driver")
                .withUrl(pg.getJdbcUrl("postgres", "postgres")).withUser("postgres"))
            .withGenerator(new Generator()
                .withDatabase(new Database().withName("org.jooq.meta.postgres.PostgresDatabase")
                    .withInputSchema(pair[0]))
                .withGenerate(new Generate().withJavaTimeTypes(true).withRecords(true).withPojos(false)
                    .withImplicitJoinPathsToMany(false).withImplicitJoinPathsToOne(false))
                .withTarget(new Target().withPackageName(pair[1]).withDirectory(out).withClean(true))));
      }
    }
  }
}
