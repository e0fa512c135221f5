package id.sigap.dataimport;

import id.sigap.dataimport.internal.Column;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Synthetic import files for tests and the benchmark: rows of made-up persons (no real personal data) in cases of Kota
 * Kupang, three persons per case, each with a NIK consistent with its district, birth date and sex. Written with POI
 * (streaming writer) or as CSV, in memory.
 */
public final class ImportSheets {

    private ImportSheets() {}

    /** Row {@code i} of a file tagged {@code tag} (the tag makes names and case keys unique to one test). */
    public static Map<Column, String> row(String tag, int i) {
        Map<Column, String> r = new EnumMap<>(Column.class);
        int caseNo = i / 3;
        boolean female = i % 2 == 0;
        LocalDate born = LocalDate.of(1970, 1, 1).plusDays(i % 12_000);
        r.put(Column.CASE_KEY, "K-" + tag + "-" + caseNo);
        r.put(Column.CASE_REGION, caseNo % 2 == 0 ? "53.71" : "Kota Kupang");
        r.put(Column.CASE_SUMMARY, "Kasus uji " + tag + " nomor " + caseNo);
        r.put(Column.CHILD_INVOLVED, "TIDAK");
        r.put(Column.ABROAD, caseNo % 3 == 0 ? "YA" : "TIDAK");
        r.put(
                Column.ROLE,
                switch (i % 3) {
                    case 0 -> "KORBAN";
                    case 1 -> "SAKSI";
                    default -> "TERSANGKA";
                });
        if (i % 3 == 2) {
            r.put(Column.ROLE_IN_PROCESS, "PEREKRUT");
        }
        r.put(Column.FULL_NAME, "Orang Uji " + tag + " " + i);
        r.put(Column.SEX, female ? "P" : "L");
        r.put(Column.BIRTH_DATE, born.toString());
        r.put(Column.NATIONALITY, "ID");
        r.put(Column.NIK, nik("537101", born, female, i));
        r.put(Column.PHONE, "+62 812 " + String.format("%07d", i));
        r.put(Column.PERSON_REGION, "53.71.0" + (1 + i % 6));
        r.put(Column.EDUCATION, "SMA");
        r.put(Column.OCCUPATION, "Petani");
        return r;
    }

    public static String nik(String district, LocalDate born, boolean female, int serial) {
        int day = born.getDayOfMonth() + (female ? 40 : 0);
        return district
                + String.format("%02d%02d%02d", day, born.getMonthValue(), born.getYear() % 100)
                + String.format("%04d", 1 + serial % 9999);
    }

    public static List<Map<Column, String>> rows(String tag, int n) {
        List<Map<Column, String>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(row(tag, i));
        }
        return rows;
    }

    /** The rows as an XLSX file with the Indonesian template's header (column keys are accepted too). */
    public static byte[] xlsx(List<Map<Column, String>> rows) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Data");
            Row header = sheet.createRow(0);
            for (Column c : Column.values()) {
                header.createCell(c.ordinal()).setCellValue(c.key());
            }
            int r = 1;
            for (Map<Column, String> values : rows) {
                Row row = sheet.createRow(r++);
                values.forEach((c, v) -> row.createCell(c.ordinal()).setCellValue(v));
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows as CSV (UTF-8) with the given delimiter. */
    public static byte[] csv(List<Map<Column, String>> rows, char delimiter) {
        StringBuilder out = new StringBuilder();
        String d = String.valueOf(delimiter);
        out.append(List.of(Column.values()).stream().map(Column::key).collect(Collectors.joining(d)))
                .append("\r\n");
        for (Map<Column, String> values : rows) {
            List<String> cells = new ArrayList<>();
            for (Column c : Column.values()) {
                String v = values.getOrDefault(c, "");
                cells.add(v.contains(d) || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            out.append(String.join(d, cells)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
