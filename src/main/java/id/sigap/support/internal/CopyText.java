package id.sigap.support.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyManager;

/**
 * Rows of one table in PostgreSQL's COPY text format (tab separated, {@code \N} for null, backslash escapes), sent
 * with {@link CopyManager#copyIn}. Values are never interpreted as SQL.
 */
final class CopyText {

    private final String table;
    private final String columns;
    private final StringBuilder text = new StringBuilder(1 << 16);
    private int rows;

    CopyText(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    void row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            switch (values[i]) {
                case null -> text.append("\\N");
                case Boolean b -> text.append(b ? 't' : 'f');
                case Enum<?> e -> text.append(e.name());
                case Object o -> escape(o.toString());
            }
        }
        text.append('\n');
        rows++;
    }

    int rows() {
        return rows;
    }

    long send(CopyManager copy) throws SQLException, IOException {
        if (rows == 0) {
            return 0;
        }
        return copy.copyIn(
                "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT text)",
                new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
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
