package id.sigap.shared.database;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HexFormat;
import org.postgresql.copy.CopyManager;

/**
 * Rows of one table in PostgreSQL's COPY text format (tab separated, {@code \N} for null, backslash escapes, bytea as
 * {@code \\x} hex, enums by name), sent with {@link CopyManager#copyIn}. Values are never interpreted as SQL.
 * Used by the bulk loads of several modules (case files, generated services).
 */
public final class CopyRows {

    private static final HexFormat HEX = HexFormat.of();

    private final String table;
    private final String columns;
    private final StringBuilder text = new StringBuilder(1 << 16);
    private int rows;

    public CopyRows(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    public CopyRows row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            append(values[i]);
        }
        text.append('\n');
        rows++;
        return this;
    }

    public int rows() {
        return rows;
    }

    /** Where rows go: {@link CopyManager#copyIn(String, java.io.InputStream)} of the transaction's connection. */
    @FunctionalInterface
    public interface Sink {
        long copyIn(String sql, InputStream rows) throws SQLException, IOException;
    }

    public long send(Sink copy) throws SQLException, IOException {
        if (rows == 0) {
            return 0;
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return copy.copyIn(
                "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT text)", new ByteArrayInputStream(bytes));
    }

    private void append(Object v) {
        switch (v) {
            case null -> text.append("\\N");
            case byte[] b -> text.append("\\\\x").append(HEX.formatHex(b));
            case Boolean b -> text.append(b ? 't' : 'f');
            case Enum<?> e -> text.append(e.name());
            case String s -> escape(s);
            default -> escape(v.toString());
        }
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\u0000' -> {}
                default -> text.append(c);
            }
        }
    }
}
