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
import java.time.Period;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboards reconcile exactly with counts taken straight from the case records (generated data): victims by
 * sex and age and by form nationally and per province, the justice funnel, and the same totals on the page, in the
 * download and in the API. Person identity is the fact layer's key, checked against the NIK here and against the
 * clusters in {@link AnalyticsScopeIT}.
 */
@IntegrationTest
@Import(AnalyticsTestConfiguration.class)
class AnalyticsReconcileIT {

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

    record Victim(long caseId, long personId, long key, LocalDate opened, String region, String group, String nat) {}

    @BeforeEach
    void generated() {
        generator.generate(200, 7407, SyntheticData.Progress.NONE);
        refresh.refresh();
    }

    @Test
    void victims_reconcile_with_the_records_nationally_and_per_province() throws Exception {
        List<Victim> first = firstRecords();
        assertThat(first).isNotEmpty();
        Filter national = new Filter(RegionScope.NATIONAL, null, FROM, TO);
        assertThat(table(Measure.SEX_AGE, national)).isEqualTo(count(first, Victim::group));
        assertThat(table(Measure.NATIONALITY, national))
                .isEqualTo(
                        count(first, v -> v.nat() == null ? "UNKNOWN" : v.nat().strip()));
        String province = first.getFirst().region().substring(0, 2);
        List<Victim> inProvince =
                first.stream().filter(v -> v.region().startsWith(province)).toList();
        assertThat(table(Measure.SEX_AGE, new Filter(RegionScope.NATIONAL, province, FROM, TO)))
                .isEqualTo(count(inProvince, Victim::group));
        // forms: a person counts under every PURPOSE code of the first case
        Map<Long, List<String>> forms =
                db.fetch("SELECT case_id, code FROM cases.case_element WHERE list = 'PURPOSE'").stream()
                        .collect(Collectors.groupingBy(
                                r -> r.get(0, Long.class),
                                Collectors.mapping(r -> r.get(1, String.class), Collectors.toList())));
        Map<String, Long> byForm = new TreeMap<>();
        first.forEach(
                v -> forms.getOrDefault(v.caseId(), List.of("NONE")).forEach(f -> byForm.merge(f, 1L, Long::sum)));
        assertThat(table(Measure.FORM, national)).isEqualTo(byForm);

        // the page, the download and the API show the same total
        long total = first.size();
        var analyst = TestUsers.as(TestUsers.user(Role.ANALYST, null));
        String page = mvc.perform(get("/dasbor?dari=" + FROM + "&sampai=" + TO).with(analyst))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(AnalyticsScopeIT.total(page)).isEqualTo(total);
        String csv = mvc.perform(get("/dasbor/unduh?tabel=SEX_AGE&format=csv&dari=" + FROM + "&sampai=" + TO)
                        .with(analyst))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(AnalyticsScopeIT.csvTotal(csv)).isEqualTo(total);
        int year = first.getFirst().opened().getYear();
        String json = mvc.perform(get("/api/v1/stats/victims?year=" + year + "&by=sex,age")
                        .with(analyst))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(AnalyticsScopeIT.counts(json))
                .isEqualTo(
                        first.stream().filter(v -> v.opened().getYear() == year).count());
    }

    @Test
    void the_justice_funnel_reconciles_with_the_records() {
        Filter national = new Filter(RegionScope.NATIONAL, null, FROM, TO);
        Map<String, Long> funnel = table(Measure.FUNNEL, national);
        String inYears =
                " extract(year FROM (cf.opened_at AT TIME ZONE 'Asia/Jakarta')) BETWEEN " + FROM + " AND " + TO;
        assertThat(funnel.get("CASES")).isEqualTo(one("SELECT count(*) FROM cases.case_file cf WHERE" + inYears));
        assertThat(funnel.get("SUSPECTS"))
                .isEqualTo(one("SELECT count(*) FROM cases.case_person cp JOIN"
                        + " cases.case_file cf ON cf.id = cp.case_id WHERE cp.role = 'SUSPECT' AND" + inYears));
        assertThat(funnel.getOrDefault("PROSECUTIONS", 0L))
                .isEqualTo(one("SELECT count(*) FROM cases.justice_track t"
                        + " JOIN cases.case_person cp ON cp.case_id = t.case_id AND cp.person_id = t.person_id AND cp.role ="
                        + " 'SUSPECT' JOIN cases.case_file cf ON cf.id = t.case_id WHERE t.prosecution_date IS NOT NULL AND"
                        + inYears));
        assertThat(funnel.getOrDefault("CONVICTIONS", 0L))
                .isEqualTo(one("SELECT count(*) FROM cases.justice_track t"
                        + " JOIN cases.case_person cp ON cp.case_id = t.case_id AND cp.person_id = t.person_id AND cp.role ="
                        + " 'SUSPECT' JOIN cases.case_file cf ON cf.id = t.case_id WHERE t.verdict_date IS NOT NULL AND"
                        + " (t.prison_months > 0 OR t.fine > 0) AND" + inYears));
        assertThat(funnel.getOrDefault("RESTITUTION_ORDERED", 0L))
                .isEqualTo(one("SELECT coalesce(sum(r.ordered), 0)"
                        + " FROM cases.justice_restitution r JOIN cases.justice_track t ON t.id = r.track_id JOIN"
                        + " cases.case_person cp ON cp.case_id = t.case_id AND cp.person_id = t.person_id AND cp.role ="
                        + " 'SUSPECT' JOIN cases.case_file cf ON cf.id = t.case_id WHERE" + inYears));
        // all records of one NIK share one person key
        assertThat(one("SELECT count(*) FROM cases.person_identifier a JOIN cases.person_identifier b ON a.kind = 'NIK'"
                        + " AND b.kind = 'NIK' AND a.blind_index = b.blind_index AND a.person_id < b.person_id JOIN"
                        + " analytics.person_key ka ON ka.person_id = a.person_id JOIN analytics.person_key kb ON"
                        + " kb.person_id = b.person_id WHERE ka.person_key <> kb.person_key"))
                .isZero();
    }

    /** The record counting each person: the earliest case (date, case id, person id) of the person's key. */
    private List<Victim> firstRecords() {
        Map<Long, Victim> first = new HashMap<>();
        Comparator<Victim> order = Comparator.comparing(Victim::opened)
                .thenComparingLong(Victim::caseId)
                .thenComparingLong(Victim::personId);
        for (Record r : db.fetch("SELECT cp.case_id, cp.person_id, k.person_key, (cf.opened_at AT TIME ZONE"
                + " 'Asia/Jakarta')::date AS opened, cf.region_code, p.sex, p.birth_date, p.estimated_age, cp.child,"
                + " p.nationality FROM cases.case_person cp JOIN cases.case_file cf ON cf.id = cp.case_id JOIN"
                + " cases.person p ON p.id = cp.person_id JOIN analytics.person_key k ON k.person_id = p.id"
                + " WHERE cp.role = 'VICTIM'")) {
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
            Victim v = new Victim(
                    r.get(0, Long.class),
                    r.get(1, Long.class),
                    r.get(2, Long.class),
                    opened,
                    r.get(4, String.class),
                    group,
                    r.get(9, String.class));
            first.merge(v.key(), v, (a, b) -> order.compare(a, b) <= 0 ? a : b);
        }
        return first.values().stream()
                .filter(v -> v.opened().getYear() >= FROM && v.opened().getYear() <= TO)
                .toList();
    }

    private Map<String, Long> table(Measure m, Filter f) {
        Map<String, Long> out = new TreeMap<>();
        queries.byValue(m, f).forEach(r -> out.put(r.key(), r.n()));
        return out;
    }

    private static Map<String, Long> count(List<Victim> victims, java.util.function.Function<Victim, String> by) {
        Map<String, Long> out = new TreeMap<>();
        victims.forEach(v -> out.merge(by.apply(v), 1L, Long::sum));
        return out;
    }

    private long one(String sql) {
        return db.fetchOne(sql).get(0, Long.class);
    }
}
