package id.sigap.region.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Component;

/**
 * Loads the Kemendagri regions (Kepmendagri 300.2.2-2138/2025, via cahyadsn/wilayah, MIT) with population and area,
 * and the ISO 3166-1 countries (names from the JDK's CLDR data), with PostgreSQL COPY. Runs once, as Flyway
 * migration 11, in the same transaction as the rest of the migration: all or nothing.
 */
@Component
class RegionReferenceDataMigration implements JavaMigration {

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    private static final String BASE = "/reference/regions/";
    private static final CSVFormat CSV =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("11");
    }

    @Override
    public String getDescription() {
        return "region reference data";
    }

    @Override
    public Integer getChecksum() {
        return 20251124;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<String, long[]> population = population();
        Map<String, String> area = area();
        StringBuilder copy = new StringBuilder(6_000_000);
        try (CSVParser regions = CSV.parse(reader("regions.csv"));
                CSVPrinter out = new CSVPrinter(copy, CSVFormat.DEFAULT)) {
            for (CSVRecord r : regions) {
                String code = r.get("code").trim();
                String name = r.get("name").trim();
                int level = code.split("\\.").length;
                String parent = level == 1 ? null : code.substring(0, code.lastIndexOf('.'));
                long[] pop = population.get(code);
                out.printRecord(
                        code,
                        name,
                        level,
                        parent,
                        code.substring(0, 2),
                        pop == null ? null : pop[2],
                        pop == null ? null : pop[0],
                        pop == null ? null : pop[1],
                        area.get(code));
            }
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        // parents sort before children in the file; the FK is checked per row, so load in level order
        pg.getCopyAPI()
                .copyIn(
                        "COPY region.admin_region (code, name, level, parent_code, province_code, population,"
                                + " population_male, population_female, area_km2) FROM STDIN WITH (FORMAT csv)",
                        new StringReader(sortedByLevel(copy.toString())));
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO region.country (iso2, iso3, name_id, name_en) VALUES (?, ?, ?, ?)")) {
            Locale id = Locale.forLanguageTag("id");
            for (String iso2 : Locale.getISOCountries()) {
                Locale c = Locale.of("", iso2);
                ps.setString(1, iso2);
                ps.setString(2, c.getISO3Country());
                ps.setString(3, c.getDisplayCountry(id));
                ps.setString(4, c.getDisplayCountry(Locale.ENGLISH));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String sortedByLevel(String csv) {
        String[] lines = csv.split("\r?\n");
        java.util.Arrays.sort(lines, java.util.Comparator.comparingInt(RegionReferenceDataMigration::levelOf));
        return String.join("\n", lines) + "\n";
    }

    private static int levelOf(String line) {
        int comma = line.indexOf(',');
        String code = comma < 0 ? line : line.substring(0, comma);
        return code.split("\\.").length;
    }

    private static Map<String, long[]> population() throws IOException {
        Map<String, long[]> out = new HashMap<>();
        try (CSVParser p = CSV.parse(reader("population.csv"))) {
            for (CSVRecord r : p) {
                out.put(r.get("code").trim(), new long[] {
                    Long.parseLong(r.get("male").trim()),
                    Long.parseLong(r.get("female").trim()),
                    Long.parseLong(r.get("total").trim())
                });
            }
        }
        return out;
    }

    /** area_km2.csv has a few numeric-looking codes ({@code 11.1} for 11.10, {@code 31.0} for province 31). */
    private static Map<String, String> area() throws IOException {
        Map<String, String> out = new HashMap<>();
        try (CSVParser p = CSV.parse(reader("area_km2.csv"))) {
            for (CSVRecord r : p) {
                String code = r.get("code").trim();
                if (code.matches("\\d{2}\\.0")) {
                    code = code.substring(0, 2);
                } else if (code.matches("\\d{2}\\.\\d")) {
                    code = code + "0";
                }
                out.put(code, new BigDecimal(r.get("area_km2").trim()).toPlainString());
            }
        }
        return out;
    }

    private static Reader reader(String file) {
        InputStream in = RegionReferenceDataMigration.class.getResourceAsStream(BASE + file);
        if (in == null) {
            throw new IllegalStateException("missing reference data " + BASE + file);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
