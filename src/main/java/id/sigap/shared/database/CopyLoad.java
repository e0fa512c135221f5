package id.sigap.shared.database;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The two steps every bulk load by COPY shares: ids taken from the tables' identity sequences before the rows are
 * written (so later single inserts never collide with them), and the tables sent on the transaction's connection.
 */
public final class CopyLoad {

    private CopyLoad() {}

    /** {@code count} fresh values of the identity sequence of {@code table}'s {@code id} column. */
    public static long[] ids(DSLContext db, String table, int count) {
        if (count == 0) {
            return new long[0];
        }
        return db
                .select(DSL.field("nextval(pg_get_serial_sequence({0}, 'id'))", Long.class, DSL.inline(table)))
                .from(DSL.generateSeries(1, count))
                .fetch(0, Long.class)
                .stream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    /**
     * Sends the tables in order by COPY on the current transaction's connection; the rows written.
     *
     * @param failure the message of the {@link IllegalStateException} thrown when the database refuses them
     */
    public static long send(DataSource dataSource, Iterable<CopyRows> tables, String failure) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long written = 0;
            for (CopyRows t : tables) {
                written += t.send(copy::copyIn);
            }
            return written;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(failure, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
