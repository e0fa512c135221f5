package id.sigap.linkage.cli;

import id.sigap.linkage.engine.PersonRecord;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV of person records for {@code ./sigap link}: a header row; the recognised columns {@code id} (required),
 * {@code given_name}, {@code surname}, {@code full_name}, {@code sex}, {@code birth_date}, {@code nik},
 * {@code phone}, {@code passport}, {@code address}, {@code region_code}; every other column is an extra text field.
 * Columns are renamed first ({@code rec_id=id}). Blanks around values are ignored (FEBRL writes ", ").
 */
final class CsvPersons {

    static final Set<String> RECOGNISED = Set.of(
            "id",
            "given_name",
            "surname",
            "full_name",
            "sex",
            "birth_date",
            "nik",
            "phone",
            "passport",
            "address",
            "region_code");

    /** The records and the names of the extra columns, in file order. */
    record Read(List<PersonRecord> records, List<String> extras) {}

    private CsvPersons() {}

    static Read read(Path file, int source, Map<String, String> renames) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = format.parse(in)) {
            Map<String, Integer> columns = new LinkedHashMap<>();
            List<String> header = parser.getHeaderNames();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip().toLowerCase(Locale.ROOT);
                columns.put(renames.getOrDefault(name, name), i);
            }
            if (!columns.containsKey("id")) {
                throw new IllegalArgumentException(file.getFileName() + ": no id column (rename one with --columns)");
            }
            List<String> extras = columns.keySet().stream()
                    .filter(c -> !RECOGNISED.contains(c))
                    .toList();
            List<PersonRecord> records = new ArrayList<>();
            for (CSVRecord row : parser) {
                Map<String, String> extra = new LinkedHashMap<>();
                for (String e : extras) {
                    String v = value(row, columns.get(e));
                    if (v != null) {
                        extra.put(e, v);
                    }
                }
                String id = value(row, columns.get("id"));
                if (id == null) {
                    throw new IllegalArgumentException(
                            file.getFileName() + " line " + parser.getCurrentLineNumber() + ": empty id");
                }
                records.add(new PersonRecord(
                        id,
                        source,
                        value(row, columns.get("given_name")),
                        value(row, columns.get("surname")),
                        value(row, columns.get("full_name")),
                        value(row, columns.get("sex")),
                        value(row, columns.get("birth_date")),
                        value(row, columns.get("nik")),
                        value(row, columns.get("phone")),
                        value(row, columns.get("passport")),
                        value(row, columns.get("address")),
                        value(row, columns.get("region_code")),
                        extra));
            }
            return new Read(records, extras);
        }
    }

    private static String value(CSVRecord row, Integer column) {
        if (column == null || column >= row.size()) {
            return null;
        }
        String v = row.get(column).strip();
        return v.isEmpty() ? null : v;
    }
}
