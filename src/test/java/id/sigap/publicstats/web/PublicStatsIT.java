package id.sigap.publicstats.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.sigap.cases.BulkLoad;
import id.sigap.organization.Agencies;
import id.sigap.publicstats.DisclosureChecker;
import id.sigap.publicstats.internal.PublicStatistics;
import id.sigap.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public statistics on victims built to tempt the suppression, in a year of their own (so other tests' cases do
 * not mix in): NTT with 3 girls beside 40 women and 25 men (its total would reveal the girls), Kalimantan Selatan and
 * Jawa Barat with counts just above and below the threshold, and one woman registered by two agencies (counted
 * once). Read without login from the JSON and the page; the reader's equations are solved by {@link
 * DisclosureChecker}.
 */
@IntegrationTest
class PublicStatsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Agencies agencies;

    @Autowired
    BulkLoad bulkLoad;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    PublicStatistics statistics;

    @Autowired
    id.sigap.cases.StatisticalVictims existing;

    int year;

    @BeforeEach
    void setUp() {
        year = new PublicStatsFixture(agencies, bulkLoad, tx, statistics, existing).publish();
    }

    @Test
    void no_published_cell_is_below_eleven_and_no_suppressed_cell_can_be_recovered() throws Exception {
        String json = mvc.perform(get("/api/v1/public/stats").param("year", Integer.toString(year)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<Integer>read(json, "$.year")).isEqualTo(year);
        assertThat(JsonPath.<Integer>read(json, "$.threshold")).isEqualTo(11);
        assertThat(JsonPath.<String>read(json, "$.snapshotDate")).isNotBlank();

        Map<String, Integer> published = new HashMap<>();
        DisclosureChecker checker = new DisclosureChecker();
        for (String table : List.of("victimsBySexAge", "victimsByForm")) {
            List<String> columns = JsonPath.read(json, "$." + table + ".columns");
            List<Map<String, Object>> rows = new ArrayList<>(JsonPath.read(json, "$." + table + ".rows"));
            rows.add(JsonPath.read(json, "$." + table + ".national"));
            for (Map<String, Object> row : rows) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> cells = (List<Map<String, Object>>) row.get("cells");
                for (Map<String, Object> cell : cells) {
                    String key = table + "/" + row.get("region") + "/" + cell.get("column");
                    Integer count = (Integer) cell.get("count");
                    assertThat(count == null).isEqualTo(Boolean.TRUE.equals(cell.get("suppressed")));
                    checker.cell(key, count);
                    published.put(key, count);
                }
            }
            List<String> regions =
                    rows.stream().map(r -> (String) r.get("region")).toList();
            for (String region : regions) {
                checker.sum(
                        columns.stream()
                                .filter(c -> !c.equals("TOTAL"))
                                .map(c -> table + "/" + region + "/" + c)
                                .toList(),
                        table + "/" + region + "/TOTAL");
            }
            for (String column : columns) {
                checker.sum(
                        regions.stream()
                                .filter(r -> !r.equals("ID"))
                                .map(r -> table + "/" + r + "/" + column)
                                .toList(),
                        table + "/ID/" + column);
            }
        }
        // the two tables count the same victims: their province totals and grand totals are the same numbers
        List<String> regions = JsonPath.read(json, "$.victimsBySexAge.rows[*].region");
        for (String region : regions) {
            checker.same("victimsBySexAge/" + region + "/TOTAL", "victimsByForm/" + region + "/TOTAL");
        }
        checker.same("victimsBySexAge/ID/TOTAL", "victimsByForm/ID/TOTAL");

        assertThat(checker.smallPublished(11)).isEmpty();
        assertThat(checker.recoverable()).isEmpty();
        assertThat(published.get("victimsBySexAge/53/GIRLS"))
                .as("3 girls in NTT")
                .isNull();
        assertThat(List.of("WOMEN", "MEN", "BOYS", "UNKNOWN", "TOTAL").stream()
                        .filter(c -> published.get("victimsBySexAge/53/" + c) == null))
                .as("another NTT cell hides the girls from the row total")
                .isNotEmpty();
        // published cells are the true counts: Jawa Barat's women are 119 + 1 (the woman registered twice)
        assertThat(published.get("victimsBySexAge/32/WOMEN")).isEqualTo(120);
        assertThat(published.get("victimsBySexAge/32/MEN")).isEqualTo(80);
        assertThat(published.get("victimsBySexAge/63/WOMEN")).isEqualTo(30);
        assertThat(published.get("victimsBySexAge/ID/MEN")).isEqualTo(25 + 22 + 80);
        Integer grand = published.get("victimsBySexAge/ID/TOTAL");
        assertThat(grand).isIn(null, 40 + 25 + 3 + 30 + 22 + 12 + 11 + 120 + 80 + 25 + 14);
        assertThat(JsonPath.<List<Integer>>read(json, "$.casesByYear[?(@.year == " + year + ")].count"))
                .containsExactly(40 + 25 + 3 + 30 + 22 + 12 + 11 + 119 + 80 + 25 + 14 + 2);
        assertThat(json).doesNotContain("Siti", "nik", "personId");
    }

    @Test
    void the_page_is_public_in_bahasa_indonesia_and_english_with_the_snapshot_date() throws Exception {
        String id = mvc.perform(get("/statistik").param("tahun", Integer.toString(year)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(id).contains("Statistik publik", "Anak perempuan", "Data per tanggal", "disembunyikan");
        // the explanation names the hidden range exactly, and years are written as years (not "2.026")
        assertThat(id).contains("angka dari 1 sampai 10 tidak pernah diterbitkan", "kelompok umur, " + year);
        String ntt = id.substring(id.indexOf("data-region=\"53\""));
        ntt = ntt.substring(0, ntt.indexOf("</tr>"));
        assertThat(ntt).contains("data-column=\"GIRLS\"").doesNotContainPattern(">\\s*([1-9]|10)\\s*<");
        String en = mvc.perform(
                        get("/statistik").param("tahun", Integer.toString(year)).param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(en).contains("Public statistics", "Girls", "Data as of", "complementary suppression");
        assertThat(en).contains("figures from 1 to 10 are never published", "age group, " + year);
    }

    @Test
    void a_year_without_statistics_is_not_found() throws Exception {
        mvc.perform(get("/api/v1/public/stats").param("year", "1812")).andExpect(status().isNotFound());
    }
}
