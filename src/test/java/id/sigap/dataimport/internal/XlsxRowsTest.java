package id.sigap.dataimport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sigap.dataimport.ImportSheets;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class XlsxRowsTest {

    @Test
    void a_poi_written_file_is_read_row_by_row_with_header_first() {
        List<RawRow> rows = new ArrayList<>();
        XlsxRows.read(ImportSheets.xlsx(ImportSheets.rows("x", 5)), rows::add);
        assertThat(rows).hasSize(6);
        assertThat(rows.getFirst().rowNo()).isEqualTo(1);
        assertThat(rows.getFirst().cell(0)).isEqualTo("case_key");
        assertThat(rows.get(1).cell(Column.NIK.ordinal())).hasSize(16);
        assertThat(rows.get(1).cell(Column.BIRTH_DATE.ordinal())).isEqualTo("1970-01-01");
    }

    @Test
    void a_broken_zip_is_unreadable_not_an_exception_of_poi() {
        byte[] broken = "PK\u0003\u0004garbage that is not a zip".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> XlsxRows.read(broken, r -> {}))
                .isInstanceOf(UnreadableFile.class)
                .extracting(e -> ((UnreadableFile) e).code())
                .isEqualTo("import.xlsx-unreadable");
    }
}
