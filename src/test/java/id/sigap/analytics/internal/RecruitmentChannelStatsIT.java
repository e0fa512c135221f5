package id.sigap.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.analytics.AnalyticsTestConfiguration;
import id.sigap.analytics.internal.DashboardQueries.Filter;
import id.sigap.security.RegionScope;
import id.sigap.security.Role;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import id.sigap.synthetic.SyntheticData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Victims by recruitment channel on generated data: the dashboard table, its CSV, and {@code by=channel} of the stats
 * API reconcile exactly with counts taken straight from the case records (each person once, at the first case); a
 * regency analyst gets only the regency's victims.
 */
@IntegrationTest
@Import(AnalyticsTestConfiguration.class)
class RecruitmentChannelStatsIT {

    static final int FROM = 2000;
    static final int TO = 2100;

    @Autowired
    SyntheticData generator;

    @Autowired
    FactRefresh refresh;

    @Autowired
    DashboardQueries queries;

    @Autowired
    DSLContext db;

    @Autowired
    MockMvc mvc;

    record Victim(long caseId, long personId, long key, LocalDate opened, String region, String channel) {}

    @BeforeEach
    void generated() {
        generator.generate(150, 9113, SyntheticData.Progress.NONE);
        refresh.refresh();
    }

    @Test
    void victims_by_channel_reconcile_with_the_records_on_the_dashboard_the_download_and_the_api() throws Exception {
        List<Victim> first = firstRecords();
        assertThat(first).isNotEmpty();
        Map<String, Long> expected = count(first);
        assertThat(expected.keySet())
                .as("the generator records channels")
                .contains("NONE")
                .hasSizeGreaterThan(4);
        Filter national = new Filter(RegionScope.NATIONAL, null, FROM, TO);
        Map<String, Long> table = new TreeMap<>();
        queries.byValue(Measure.CHANNEL, national).forEach(r -> table.put(r.key(), r.n()));
        assertThat(table).isEqualTo(expected);

        var analyst = TestUsers.as(TestUsers.user(Role.ANALYST, null));
        String page = mvc.perform(get("/dasbor?dari=" + FROM + "&sampai=" + TO).with(analyst))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Korban menurut saluran perekrutan").contains("Sponsor atau calo");
        String csv = mvc.perform(get("/dasbor/unduh?tabel=CHANNEL&format=csv&dari=" + FROM + "&sampai=" + TO)
                        .with(analyst))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(AnalyticsScopeIT.csvTotal(csv)).isEqualTo(first.size());
        mvc.perform(get("/dasbor/unduh?tabel=CHANNEL&format=xlsx&dari=" + FROM + "&sampai=" + TO)
                        .with(analyst))
                .andExpect(status().isOk());

        int year = first.getFirst().opened().getYear();
        Map<String, Long> inYear =
                count(first.stream().filter(v -> v.opened().getYear() == year).toList());
        for (String by : List.of("channel", "recruitment_channel")) {
            String json = mvc.perform(get("/api/v1/stats/victims?year=" + year + "&by=" + by)
                            .with(analyst))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(rows(json)).isEqualTo(inYear);
        }
        // the existing dimensions keep working next to the new one
        String crossed = mvc.perform(get("/api/v1/stats/victims?year=" + year + "&by=sex,age,form,channel")
                        .with(analyst))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(crossed).contains("\"sex\":").contains("\"form\":").contains("\"channel\":");
        mvc.perform(get("/api/v1/stats/victims?year=" + year + "&by=channel,recruitment_channel")
                        .with(analyst))
                .andExpect(status().is(422));
    }

    @Test
    void a_regency_analyst_sees_only_the_regencys_victims_by_channel() throws Exception {
        List<Victim> first = firstRecords();
        Victim some = first.getFirst();
        String regency = some.region().length() >= 5 ? some.region().substring(0, 5) : some.region();
        int year = some.opened().getYear();
        Map<String, Long> expected = count(first.stream()
                .filter(v -> v.opened().getYear() == year && v.region().startsWith(regency))
                .toList());
        var regencyAnalyst = TestUsers.as(TestUsers.user(Role.ANALYST, regency));
        String json = mvc.perform(get("/api/v1/stats/victims?year=" + year + "&by=channel,regency")
                        .with(regencyAnalyst))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var regencies = Pattern.compile("\"regency\":\"([^\"]+)\"").matcher(json);
        while (regencies.find()) {
            assertThat(regencies.group(1)).isEqualTo(regency);
        }
        assertThat(rows(json)).isEqualTo(expected);
        String other = some.region().startsWith("31") ? "53" : "31";
        mvc.perform(get("/api/v1/stats/victims?year=" + year + "&by=channel&region=" + other)
                        .with(regencyAnalyst))
                .andExpect(status().isForbidden());
    }

    /** The record counting each person (earliest case of the person key) with the victim's channel in that case. */
    private List<Victim> firstRecords() {
        Map<Long, Victim> first = new HashMap<>();
        Comparator<Victim> order = Comparator.comparing(Victim::opened)
                .thenComparingLong(Victim::caseId)
                .thenComparingLong(Victim::personId);
        for (Record r : db.fetch("SELECT cp.case_id, cp.person_id, k.person_key, (cf.opened_at AT TIME ZONE"
                + " 'Asia/Jakarta')::date AS opened, cf.region_code, vr.channel FROM cases.case_person cp"
                + " JOIN cases.case_file cf ON cf.id = cp.case_id JOIN analytics.person_key k ON k.person_id ="
                + " cp.person_id LEFT JOIN cases.victim_recruitment vr ON vr.case_id = cp.case_id AND vr.person_id ="
                + " cp.person_id WHERE cp.role = 'VICTIM'")) {
            Victim v = new Victim(
                    r.get(0, Long.class),
                    r.get(1, Long.class),
                    r.get(2, Long.class),
                    r.get(3, LocalDate.class),
                    r.get(4, String.class),
                    r.get(5, String.class));
            first.merge(v.key(), v, (a, b) -> order.compare(a, b) <= 0 ? a : b);
        }
        return first.values().stream()
                .filter(v -> v.opened().getYear() >= FROM && v.opened().getYear() <= TO)
                .sorted(order)
                .toList();
    }

    private static Map<String, Long> count(List<Victim> victims) {
        Map<String, Long> out = new TreeMap<>();
        victims.forEach(v -> out.merge(v.channel() == null ? "NONE" : v.channel(), 1L, Long::sum));
        return out;
    }

    private static Map<String, Long> rows(String json) {
        Map<String, Long> out = new TreeMap<>();
        var m = Pattern.compile("\\{\"(?:channel|recruitment_channel)\":\"([A-Z_]+)\"[^}]*\"count\":(\\d+)\\}")
                .matcher(json);
        while (m.find()) {
            out.merge(m.group(1), Long.parseLong(m.group(2)), Long::sum);
        }
        return out;
    }
}
