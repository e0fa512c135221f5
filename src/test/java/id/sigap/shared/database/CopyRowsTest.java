package id.sigap.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CopyRowsTest {

    /** Captures what would be sent to PostgreSQL. */
    static final class Capture implements CopyRows.Sink {
        String sql;
        String text;

        @Override
        public long copyIn(String sql, InputStream from) throws IOException {
            this.sql = sql;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            from.transferTo(out);
            this.text = out.toString(StandardCharsets.UTF_8);
            return text.lines().count();
        }
    }

    @Test
    void values_are_escaped_so_that_no_text_can_break_out_of_its_column() throws Exception {
        CopyRows rows = new CopyRows("cases.case_note", "a, b, c, d, e");
        rows.row("tab\there", "line\nbreak\\back", null, new byte[] {1, (byte) 0xab}, true)
                .row(12L, LocalDate.of(2024, 2, 29), "nul\u0000gone", "ñ", false);
        Capture capture = new Capture();

        assertThat(rows.send(capture)).isEqualTo(2);

        assertThat(capture.sql).isEqualTo("COPY cases.case_note (a, b, c, d, e) FROM STDIN (FORMAT text)");
        assertThat(capture.text)
                .isEqualTo("tab\\there\tline\\nbreak\\\\back\t\\N\t\\\\x01ab\tt\n12\t2024-02-29\tnulgone\tñ\tf\n");
    }

    /** An enum whose text for people differs from its stored code. */
    enum Shown {
        DONE {
            @Override
            public String toString() {
                return "Selesai";
            }
        }
    }

    @Test
    void enums_are_written_by_their_code_not_their_display_text() throws Exception {
        CopyRows rows = new CopyRows("t", "status");
        rows.row(Shown.DONE);
        Capture capture = new Capture();
        rows.send(capture);
        assertThat(capture.text).isEqualTo("DONE\n");
    }

    @Test
    void nothing_is_sent_for_no_rows() throws Exception {
        Capture capture = new Capture();
        assertThat(new CopyRows("t", "a").send(capture)).isZero();
        assertThat(capture.sql).isNull();
    }
}
