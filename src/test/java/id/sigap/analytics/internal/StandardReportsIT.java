package id.sigap.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.analytics.AnalyticsTestConfiguration;
import id.sigap.prevention.InterceptionCounts;
import id.sigap.region.Regions;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import id.sigap.synthetic.SyntheticData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The standard reports (TIP, GLOTIP, SDG 16.2.2) on generated data: their XLSX and PDF, read back, carry the counts
 * taken straight from the case records (each person once, at the first case); a regency analyst gets only the
 * regency and is refused elsewhere (page and API); bad input gets a 422 problem (the house rule for invalid input, as /api/v1/stats).
 */
@IntegrationTest
@Import(AnalyticsTestConfiguration.class)
class StandardReportsIT {

    static final SigapUser NATIONAL = TestUsers.user(Role.ANALYST, null);

    @Autowired
    SyntheticData generator;

    @Autowired
    FactRefresh refresh;

    @Autowired
    DSLContext db;

    @Autowired
    MockMvc mvc;

    @Autowired
    Regions regions;

    @Autowired
    InterceptionCounts interceptions;

    record Victim(long caseId, long key, LocalDate opened, String region, String group) {}

    List<Victim> first;
    int year;
    String province;

    @BeforeEach
    void generated() {
        generator.generate(200, 7408, SyntheticData.Progress.NONE);
        refresh.refresh();
        first = firstRecords();
        year = mostCommon(first, v -> Integer.toString(v.opened().getYear())).transform(Integer::parseInt);
        province = mostCommon(
                first.stream().filter(v -> v.opened().getYear() == year).toList(),
                v -> v.region().substring(0, 2));
    }

    @Test
    void the_glotip_workbook_carries_the_counts_of_the_records() throws Exception {
        List<Victim> inYear =
                first.stream().filter(v -> v.opened().getYear() == year).toList();
        byte[] xlsx = bytes("/api/v1/standard-reports/glotip?year=" + year + "&format=xlsx", NATIONAL);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheet("Info").getRow(0).getCell(0).getStringCellValue())
                    .contains("GLOTIP");
            Map<String, Long> groups = column(book.getSheet("VICTIMS_SEX_AGE"), 2);
            Map<String, Long> expected = count(inYear, Victim::group);
            expected.put("TOTAL", (long) inYear.size());
            assertThat(nonZero(groups)).isEqualTo(expected);
            // form by sex-age: each person under every form of the first case
            Map<Long, List<String>> forms = forms();
            Map<String, Long> byFormGroup = new TreeMap<>();
            inYear.forEach(v -> forms.getOrDefault(v.caseId(), List.of("NONE"))
                    .forEach(f -> byFormGroup.merge(f + "|" + v.group(), 1L, Long::sum)));
            Sheet matrix = book.getSheet("VICTIMS_FORM_SEX_AGE");
            Map<String, Long> read = new TreeMap<>();
            List<String> order = StandardReports.GROUPS;
            for (Row r : matrix) {
                if (r.getRowNum() < 2) {
                    continue;
                }
                for (int i = 0; i < order.size(); i++) {
                    long n = (long) r.getCell(i + 2).getNumericCellValue();
                    if (n > 0) {
                        read.put(r.getCell(0).getStringCellValue() + "|" + order.get(i), n);
                    }
                }
            }
            assertThat(read).isEqualTo(byFormGroup);
            Map<String, Long> persons = column(book.getSheet("PERSONS"), 2);
            String inYearSql = " extract(year FROM (cf.opened_at AT TIME ZONE 'Asia/Jakarta')) = " + year;
            assertThat(persons.get("SUSPECTS"))
                    .isEqualTo(one("SELECT count(*) FROM cases.case_person cp JOIN cases.case_file cf ON cf.id ="
                            + " cp.case_id WHERE cp.role = 'SUSPECT' AND" + inYearSql));
            assertThat(persons.get("CONVICTIONS"))
                    .isEqualTo(one("SELECT count(*) FROM cases.justice_track t JOIN cases.case_person cp ON"
                            + " cp.case_id = t.case_id AND cp.person_id = t.person_id AND cp.role = 'SUSPECT' JOIN"
                            + " cases.case_file cf ON cf.id = t.case_id WHERE t.verdict_date IS NOT NULL AND"
                            + " (t.prison_months > 0 OR t.fine > 0) AND" + inYearSql));
            // by sex (female column), and by citizenship
            assertThat(column(book.getSheet("PERSONS"), 3).get("SUSPECTS"))
                    .isEqualTo(one("SELECT count(*) FROM cases.case_person cp JOIN cases.case_file cf ON cf.id ="
                            + " cp.case_id JOIN cases.person p ON p.id = cp.person_id WHERE cp.role = 'SUSPECT' AND"
                            + " p.sex = 'F' AND" + inYearSql));
            Map<String, Long> prosecutedByNationality = new TreeMap<>();
            db.fetch("SELECT coalesce(p.nationality, 'UNKNOWN'), count(*) FROM cases.justice_track t JOIN"
                            + " cases.case_person cp ON cp.case_id = t.case_id AND cp.person_id = t.person_id AND"
                            + " cp.role = 'SUSPECT' JOIN cases.person p ON p.id = cp.person_id JOIN cases.case_file cf"
                            + " ON cf.id = t.case_id WHERE t.prosecution_date IS NOT NULL AND" + inYearSql
                            + " GROUP BY 1")
                    .forEach(r ->
                            prosecutedByNationality.put(r.get(0, String.class).strip(), r.get(1, Long.class)));
            assertThat(nonZero(column(book.getSheet("PERSONS_CITIZENSHIP"), 3))).isEqualTo(prosecutedByNationality);
            assertThat(column(book.getSheet("OFFENCES"), 2).get("CASES"))
                    .isEqualTo(one("SELECT count(*) FROM cases.case_file cf WHERE" + inYearSql));
        }
    }

    @Test
    void the_tip_pdf_of_a_province_carries_the_counts_of_the_records() throws Exception {
        List<Victim> inProvince = first.stream()
                .filter(v -> v.opened().getYear() == year && v.region().startsWith(province))
                .toList();
        byte[] pdf =
                bytes("/dasbor/laporan/unduh?laporan=tip&format=pdf&tahun=" + year + "&wilayah=" + province, NATIONAL);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Laporan TIP")
                    .contains("TVPA 2000")
                    .contains("Tahun: " + year)
                    .contains("Wilayah: " + regions.find(province).orElseThrow().name())
                    .contains("Data per: ")
                    .contains("TOTAL Jumlah " + inProvince.size());
            count(inProvince, Victim::group)
                    .forEach((group, n) -> assertThat(text).containsPattern(group + " [^0-9]+ " + n + " "));
            var stops = interceptions.of(province, year);
            assertThat(text).contains("INTERCEPTED_PERSONS Orang yang dicegah (tanpa hitung ganda) " + stops.persons());
        }
        // the same report in English, as JSON
        String json = body("/api/v1/standard-reports/tip?year=" + year + "&region=" + province + "&lang=en", NATIONAL);
        assertThat(json)
                .contains(
                        "TIP report", "\"code\":\"TOTAL\",\"label\":\"Total\",\"values\":[" + inProvince.size() + "]");
    }

    @Test
    void sdg_16_2_2_rates_use_the_population_of_the_area() throws Exception {
        long victims = first.stream()
                .filter(v -> v.opened().getYear() == year && v.region().startsWith(province))
                .count();
        long population = regions.find(province).orElseThrow().population();
        byte[] xlsx = bytes(
                "/api/v1/standard-reports/sdg-16-2-2?year=" + year + "&region=" + province + "&format=xlsx", NATIONAL);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row total = book.getSheet("INDICATOR").getRow(2);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("TOTAL");
            assertThat((long) total.getCell(2).getNumericCellValue()).isEqualTo(victims);
            assertThat((long) total.getCell(3).getNumericCellValue()).isEqualTo(population);
            assertThat(total.getCell(4).getNumericCellValue())
                    .isCloseTo(victims * 100_000.0 / population, org.assertj.core.data.Offset.offset(0.0001));
        }
    }

    @Test
    void a_regency_analyst_sees_only_the_regency_and_bad_input_is_refused() throws Exception {
        String regency = first.stream()
                .filter(v -> v.opened().getYear() == year && v.region().length() > 2)
                .map(v -> v.region().substring(0, 5))
                .findFirst()
                .orElseThrow();
        SigapUser analyst = TestUsers.user(Role.ANALYST, regency);
        long inRegency = first.stream()
                .filter(v -> v.opened().getYear() == year && v.region().startsWith(regency))
                .count();
        byte[] xlsx = bytes("/api/v1/standard-reports/tip?year=" + year + "&format=xlsx", analyst);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(column(book.getSheet("VICTIMS_SEX_AGE"), 2).get("TOTAL")).isEqualTo(inRegency);
        }
        String page = body("/dasbor/laporan?laporan=glotip&tahun=" + year, analyst);
        assertThat(page).contains("Kuesioner GLOTIP").doesNotContain("value=\"" + province + "\"");
        String outside = province.equals("53") ? "11" : "53";
        for (String url : List.of(
                "/api/v1/standard-reports/tip?year=" + year + "&region=" + province,
                "/api/v1/standard-reports/glotip?year=" + year + "&region=" + outside + "&format=pdf",
                "/dasbor/laporan?laporan=tip&tahun=" + year + "&wilayah=" + province,
                "/dasbor/laporan/unduh?laporan=sdg-16-2-2&format=xlsx&tahun=" + year + "&wilayah=" + outside)) {
            mvc.perform(get(url).with(TestUsers.as(analyst))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/standard-reports/tip?year=" + year)
                        .with(TestUsers.as(TestUsers.user(Role.CASE_WORKER, regency))))
                .andExpect(status().isForbidden());
        Map<String, String> bad = Map.of(
                "/api/v1/standard-reports/tip?year=abc", "analytics.year-invalid",
                "/api/v1/standard-reports/tip", "analytics.year-invalid",
                "/api/v1/standard-reports/glotip?year=1999", "analytics.year-invalid",
                "/api/v1/standard-reports/tip?year=2020&region=99", "analytics.region-invalid",
                "/api/v1/standard-reports/tip?year=2020&region=53.x", "analytics.region-invalid",
                "/api/v1/standard-reports/sdg-16-2-2?year=2020&format=docx", "analytics.report-format-invalid");
        for (var e : bad.entrySet()) {
            mvc.perform(get(e.getKey()).with(TestUsers.as(NATIONAL)))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(e.getValue())));
        }
        mvc.perform(get("/api/v1/standard-reports/annual?year=2020").with(TestUsers.as(NATIONAL)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dasbor/laporan?tahun=abc").with(TestUsers.as(NATIONAL)))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void the_migration_fills_the_form_by_sex_age_tally_as_the_refresh_does() throws Exception {
        String select = "SELECT value, year, regency_code, n FROM analytics.tally WHERE measure = 'FORM_SEX_AGE'"
                + " ORDER BY 1, 2, 3";
        var written = db.fetch(select).intoMaps();
        assertThat(written).isNotEmpty();
        db.execute("DELETE FROM analytics.tally WHERE measure = 'FORM_SEX_AGE'");
        String migration = new String(
                getClass()
                        .getResourceAsStream("/db/migration/V148__analytics_form_sex_age_tally.sql")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        db.execute(migration);
        assertThat(db.fetch(select).intoMaps()).isEqualTo(written);
    }

    private byte[] bytes(String url, SigapUser user) throws Exception {
        return mvc.perform(get(url).with(TestUsers.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private String body(String url, SigapUser user) throws Exception {
        return new String(bytes(url, user), StandardCharsets.UTF_8);
    }

    /** Code (column A) to the whole number in column {@code col} of a report sheet. */
    private static Map<String, Long> column(Sheet sheet, int col) {
        Map<String, Long> out = new TreeMap<>();
        for (Row r : sheet) {
            if (r.getRowNum() >= 2 && r.getCell(col) != null) {
                out.put(r.getCell(0).getStringCellValue(), (long) r.getCell(col).getNumericCellValue());
            }
        }
        return out;
    }

    private static Map<String, Long> nonZero(Map<String, Long> m) {
        Map<String, Long> out = new TreeMap<>(m);
        out.values().removeIf(n -> n == 0);
        return out;
    }

    private Map<Long, List<String>> forms() {
        return db.fetch("SELECT case_id, code FROM cases.case_element WHERE list = 'PURPOSE'").stream()
                .collect(Collectors.groupingBy(
                        r -> r.get(0, Long.class),
                        Collectors.mapping(r -> r.get(1, String.class), Collectors.toList())));
    }

    private long one(String sql) {
        return db.fetchOne(sql).get(0, Long.class);
    }

    private static String mostCommon(List<Victim> victims, Function<Victim, String> by) {
        return count(victims, by).entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
    }

    private static Map<String, Long> count(List<Victim> victims, Function<Victim, String> by) {
        Map<String, Long> out = new TreeMap<>();
        victims.forEach(v -> out.merge(by.apply(v), 1L, Long::sum));
        return out;
    }

    /** The record counting each person: the earliest case (date, case id, person id) of the person's key. */
    private List<Victim> firstRecords() {
        record Seen(Victim v, long personId) {}
        Map<Long, Seen> first = new HashMap<>();
        Comparator<Seen> order = Comparator.comparing((Seen s) -> s.v().opened())
                .thenComparingLong(s -> s.v().caseId())
                .thenComparingLong(Seen::personId);
        for (Record r : db.fetch("SELECT cp.case_id, cp.person_id, k.person_key, (cf.opened_at AT TIME ZONE"
                + " 'Asia/Jakarta')::date AS opened, cf.region_code, p.sex, p.birth_date, p.estimated_age, cp.child"
                + " FROM cases.case_person cp JOIN cases.case_file cf ON cf.id = cp.case_id JOIN cases.person p ON"
                + " p.id = cp.person_id JOIN analytics.person_key k ON k.person_id = p.id WHERE cp.role = 'VICTIM'")) {
            LocalDate opened = r.get(3, LocalDate.class);
            LocalDate birth = r.get(6, LocalDate.class);
            Integer age = birth != null
                    ? Integer.valueOf(Period.between(birth, opened).getYears())
                    : r.get(7, Integer.class);
            String sex = r.get(5, String.class);
            boolean child = Boolean.TRUE.equals(r.get(8, Boolean.class));
            String group;
            if (sex == null || (age == null && !child)) {
                group = "UNKNOWN";
            } else {
                boolean minor = age != null ? age < 18 : child;
                group = "F".equals(sex) ? (minor ? "GIRL" : "WOMAN") : (minor ? "BOY" : "MAN");
            }
            Seen s = new Seen(
                    new Victim(r.get(0, Long.class), r.get(2, Long.class), opened, r.get(4, String.class), group),
                    r.get(1, Long.class));
            first.merge(s.v().key(), s, (a, b) -> order.compare(a, b) <= 0 ? a : b);
        }
        return new ArrayList<>(first.values().stream().map(Seen::v).toList());
    }
}
