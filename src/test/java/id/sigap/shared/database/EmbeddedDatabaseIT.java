package id.sigap.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installation's embedded PostgreSQL 18 keeps its data in the data folder (fsync on): stopped and started
 * again, the data is still there.
 */
class EmbeddedDatabaseIT {

    @TempDir
    Path dataDir;

    @Test
    void a_restart_on_the_same_data_folder_keeps_the_data() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.open(dataDir, 0, true)) {
            assertThat(first.owner()).isTrue();
            try (Connection c = DriverManager.getConnection(first.jdbcUrl());
                    Statement s = c.createStatement()) {
                s.execute("create table kept (note text)");
                s.execute("insert into kept values ('masih ada')");
                try (ResultSet version = s.executeQuery("show server_version_num")) {
                    version.next();
                    assertThat(version.getInt(1)).isGreaterThanOrEqualTo(180000);
                }
                try (ResultSet fsync = s.executeQuery("show fsync")) {
                    fsync.next();
                    assertThat(fsync.getString(1))
                            .as("a real installation survives a power cut")
                            .isEqualTo("on");
                }
            }
        }
        assertThat(dataDir.resolve("pg/PG_VERSION")).exists();

        try (EmbeddedDatabase again = EmbeddedDatabase.open(dataDir, 0, true);
                Connection c = DriverManager.getConnection(again.jdbcUrl());
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("masih ada");
        }
    }
}
