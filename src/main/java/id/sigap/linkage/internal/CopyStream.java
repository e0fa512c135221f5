package id.sigap.linkage.internal;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows of numbers, text codes and arrays streamed into one table with PostgreSQL COPY (text format), sent in chunks so
 * that ten million keys never sit in memory as text. Values are numbers or fixed codes: nothing is interpreted as SQL.
 */
final class CopyStream implements AutoCloseable {

    private static final int FLUSH = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder text = new StringBuilder(FLUSH + 1024);
    private long rows;

    CopyStream(CopyManager manager, String table, String columns) throws SQLException {
        this.copy = manager.copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT text)");
    }

    CopyStream row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            append(values[i]);
        }
        text.append('\n');
        rows++;
        if (text.length() >= FLUSH) {
            flush();
        }
        return this;
    }

    private void append(Object v) {
        switch (v) {
            case null -> text.append("\\N");
            case Boolean b -> text.append(b ? 't' : 'f');
            case Double[] array -> {
                text.append('{');
                for (int i = 0; i < array.length; i++) {
                    text.append(i == 0 ? "" : ",").append(array[i] == null ? "NULL" : array[i].toString());
                }
                text.append('}');
            }
            default ->
                text.append(
                        v.toString().replace("\\", "\\\\").replace("\t", " ").replace("\n", " "));
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
    }
}
