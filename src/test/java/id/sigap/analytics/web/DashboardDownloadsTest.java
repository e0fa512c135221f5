package id.sigap.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.analytics.internal.DashboardView.Line;
import id.sigap.analytics.internal.DashboardView.Table;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class DashboardDownloadsTest {

    static final Table TABLE = new Table(
            "FORM",
            "Korban menurut bentuk eksploitasi",
            List.of(
                    new Line("OPPRESSION_EXTORTION", "Penindasan, pemerasan", 7, null),
                    new Line("53", "Nusa Tenggara Timur", 3, 0.5432)));
    static final String[] HEADER = {"Kode", "Uraian", "Jumlah", "Per 100.000 penduduk"};

    @Test
    void the_csv_reads_back_with_commas_in_labels() throws Exception {
        String csv = new String(DashboardDownloads.csv(TABLE, HEADER), StandardCharsets.UTF_8);
        var records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("Uraian")).isEqualTo("Penindasan, pemerasan");
        assertThat(records.get(0).get("Jumlah")).isEqualTo("7");
        assertThat(records.get(1).get("Per 100.000 penduduk")).isEqualTo("0.54");
    }

    @Test
    void the_xlsx_reads_back() throws Exception {
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(DashboardDownloads.xlsx(TABLE, HEADER)))) {
            var sheet = book.getSheet("FORM");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Jumlah");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Penindasan, pemerasan");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(7.0);
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(0.54);
        }
    }

    @Test
    void only_the_dashboard_tables_can_be_downloaded() {
        assertThat(DashboardDownloads.known("SEX_AGE")).isTrue();
        assertThat(DashboardDownloads.known("AREA")).isTrue();
        assertThat(DashboardDownloads.known("VICTIMS")).isFalse();
        assertThat(DashboardDownloads.known("../etc")).isFalse();
    }
}
