package id.sigap.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL in the data folder. The first Sigap process on a data folder takes an exclusive file lock
 * and owns the server: it stops a postmaster orphaned by a killed earlier run, starts PostgreSQL and stops it on close.
 * A second process on the same folder (a command such as {@code ./sigap audit-verify} while Sigap runs) finds the
 * lock taken and attaches to the running server instead of starting or stopping anything.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres owned;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final String jdbcUrl;

    private EmbeddedDatabase(EmbeddedPostgres owned, FileChannel lockChannel, FileLock lock, String jdbcUrl) {
        this.owned = owned;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.jdbcUrl = jdbcUrl;
    }

    static EmbeddedDatabase open(Path dataDir, int port, boolean durable) throws IOException {
        Path root = dataDir.toAbsolutePath();
        Path pgDir = root.resolve("pg");
        Files.createDirectories(pgDir);
        FileChannel channel =
                FileChannel.open(root.resolve("sigap.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            return attach(pgDir);
        }
        stopOrphan(pgDir);
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgDir)
                .setCleanDataDirectory(!durable) // tests: a throwaway database, removed on close
                .setRegisterShutdownHook(false) // Spring stops it after the connection pool
                .setServerConfig("max_connections", "60")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "16MB");
        if (durable) {
            // zonky's defaults (fsync off) are for tests; a real installation must survive a power cut
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        if (port > 0) {
            builder.setPort(port);
        }
        log.info("Starting embedded PostgreSQL in {}", pgDir);
        EmbeddedPostgres pg = builder.start();
        return new EmbeddedDatabase(pg, channel, lock, pg.getJdbcUrl("postgres", "postgres"));
    }

    /** Another Sigap process owns the folder: use its server (port from postmaster.pid, line 4). */
    private static EmbeddedDatabase attach(Path pgDir) throws IOException {
        Path pid = pgDir.resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            throw new IllegalStateException("Another Sigap process holds " + pgDir.getParent()
                    + " but its database is not running yet; try again in a moment.");
        }
        List<String> lines = Files.readAllLines(pid);
        int port = Integer.parseInt(lines.get(3).trim());
        log.info("Sigap is already running on this data folder; using its database on port {}", port);
        return new EmbeddedDatabase(null, null, null, "jdbc:postgresql://localhost:" + port + "/postgres");
    }

    /** We hold the lock, so a running postmaster here was left by a killed run: stop it. */
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

    String jdbcUrl() {
        return jdbcUrl;
    }

    boolean owner() {
        return owned != null;
    }

    @Override
    public void close() throws IOException {
        if (owned != null) {
            owned.close();
        }
        if (lock != null) {
            lock.release();
            lockChannel.close();
        }
    }
}
