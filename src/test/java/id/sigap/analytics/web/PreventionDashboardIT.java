package id.sigap.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.analytics.AnalyticsTestConfiguration;
import id.sigap.analytics.internal.Section;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.plans.ActionPlan;
import id.sigap.plans.Indicator;
import id.sigap.plans.PlansFixtures;
import id.sigap.plans.ProgressReport;
import id.sigap.plans.internal.PlanIndicators;
import id.sigap.plans.internal.PlanIndicators.IndicatorInput;
import id.sigap.plans.internal.PlanParts;
import id.sigap.plans.internal.PlanParts.Part;
import id.sigap.plans.internal.PlanStore;
import id.sigap.plans.internal.PlanStore.PlanInput;
import id.sigap.plans.internal.ProgressReports;
import id.sigap.plans.internal.ProgressReports.ReportInput;
import id.sigap.prevention.Headcount;
import id.sigap.prevention.InterceptionCounts;
import id.sigap.prevention.internal.InterceptionInput;
import id.sigap.prevention.internal.Interceptions;
import id.sigap.prevention.internal.OutreachActivities;
import id.sigap.prevention.internal.YearlyAggregates;
import id.sigap.region.Regions;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard's interception, outreach and action-plan sections and map layers on data built for one past year of
 * this run's own: interceptions in Kota Kupang (records, a Kota Kupang aggregate and an NTT aggregate that overlap)
 * and at Entikong, outreach activities in Kota Kupang, NTT and Sanggau, and RADs of Kota Kupang and West Kalimantan.
 * Totals reconcile with {@link InterceptionCounts} and never count a person twice; a regency analyst sees nothing from
 * outside the regency; the downloads hold the figures.
 */
@IntegrationTest
@Import(AnalyticsTestConfiguration.class)
class PreventionDashboardIT {

    /**
     * Past years of this run's own, one per test (6 tests: at most 2009 + 5 = 2014), below the NTT aggregates seeded
     * for 2017–2019 (V171), which a test's own NTT aggregate of the same year would collide with.
     */
    static final AtomicInteger YEARS =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(2007, 2010));

    static final SigapUser NATIONAL = TestUsers.user(Role.ANALYST, null);
    static final SigapUser REGENCY = TestUsers.user(Role.ANALYST, "53.71");

    @Autowired
    MockMvc mvc;

    @Autowired
    Interceptions interceptions;

    @Autowired
    YearlyAggregates aggregates;

    @Autowired
    OutreachActivities outreach;

    @Autowired
    InterceptionCounts counts;

    @Autowired
    Agencies agencies;

    @Autowired
    PlanStore plans;

    @Autowired
    PlanParts parts;

    @Autowired
    PlanIndicators indicators;

    @Autowired
    ProgressReports reports;

    @Autowired
    Regions regions;

    final SigapUser kupangOfficer = TestUsers.user(Role.INTAKE_OFFICER, "53.71");
    final SigapUser entikongOfficer = TestUsers.user(Role.INTAKE_OFFICER, "61.03");
    final SigapUser nttSecretary = TestUsers.user(0L, new Grant(Role.TASKFORCE_SECRETARY, "53"));
    final SigapUser kalbarSecretary = TestUsers.user(0L, new Grant(Role.TASKFORCE_SECRETARY, "61"));

    int year;
    final List<long[]> createdInterceptions = new ArrayList<>();
    final List<Long> createdAggregates = new ArrayList<>();
    final List<Long> createdActivities = new ArrayList<>();
    ActionPlan kupangPlan;
    ActionPlan kalbarPlan;

    @BeforeEach
    void build() {
        year = YEARS.getAndIncrement();
        // Kota Kupang (Tenau): 1 girl and 2 men counted, 2 women registered (one sent home): 5 recorded persons
        long tenau = interceptions.create(
                kupangOfficer,
                new InterceptionInput(
                        LocalDate.of(year, 3, 1), "TENAU", "MY", "PLANTATION", new Headcount(0, 1, 2, 0), null));
        createdInterceptions.add(new long[] {tenau, 0});
        long first = interceptions.addPerson(kupangOfficer, tenau, person("Yuliana"));
        interceptions.addPerson(kupangOfficer, tenau, person("Maria"));
        interceptions.sendHome(kupangOfficer, tenau, first, 0);
        // Entikong: 3 women counted
        long entikong = interceptions.create(
                entikongOfficer,
                new InterceptionInput(
                        LocalDate.of(year, 4, 1),
                        "PLBN-ENTIKONG",
                        "MY",
                        "PLANTATION",
                        new Headcount(3, 0, 0, 0),
                        null));
        createdInterceptions.add(new long[] {entikong, 1});
        // aggregates that include the records: Kota Kupang 8, NTT 12
        createdAggregates.add(aggregates.create(nttSecretary, "53.71", year, 8, "Rekap uji Kota Kupang"));
        createdAggregates.add(aggregates.create(nttSecretary, "53", year, 12, "Rekap uji NTT"));
        // outreach: two villages and one more district of Kota Kupang; NTT province level; Sanggau
        createdActivities.add(activity(kupangOfficer, "VILLAGE", "53.71.01.1001", new Headcount(10, 5, 0, 0)));
        createdActivities.add(activity(kupangOfficer, "VILLAGE", "53.71.01.1002", new Headcount(0, 0, 3, 0)));
        createdActivities.add(activity(kupangOfficer, "VILLAGE", "53.71.01.1001", new Headcount(0, 0, 0, 2)));
        createdActivities.add(activity(kupangOfficer, "DISTRICT", "53.71.02", new Headcount(4, 0, 0, 0)));
        createdActivities.add(activity(nttSecretary, "PROVINCE", "53", new Headcount(0, 0, 1, 0)));
        createdActivities.add(activity(entikongOfficer, "REGENCY", "61.03", new Headcount(7, 0, 0, 0)));
        kupangPlan = plan("53.71");
        kalbarPlan = plan("61");
    }

    @AfterEach
    void clean() {
        for (long id : createdAggregates) {
            aggregates.delete(nttSecretary, id, 0);
        }
        interceptions.delete(kupangOfficer, createdInterceptions.get(0)[0], 0);
        interceptions.delete(entikongOfficer, createdInterceptions.get(1)[0], 0);
        for (long id : createdActivities) {
            outreach.delete(TestUsers.user(Role.TASKFORCE_SECRETARY, null), id, 0);
        }
    }

    @Test
    void interception_totals_reconcile_with_the_counts_and_never_count_a_person_twice() throws Exception {
        Map<String, Section> ntt = sections(NATIONAL, "53");
        Section summary = ntt.get("INTERCEPTIONS");
        assertThat(summary.count("PERSONS"))
                .as("the NTT aggregate (12) replaces its parts: Kota Kupang's aggregate (8) and its 5 records")
                .isEqualTo(12)
                .isEqualTo(counts.of("53", year).persons());
        assertThat(summary.count("RECORDED")).isEqualTo(5);
        assertThat(summary.count("AGGREGATE_ONLY")).isEqualTo(7);
        assertThat(summary.count("INTERCEPTIONS")).isEqualTo(1);
        assertThat(summary.count("SENT_HOME")).isEqualTo(1);
        assertThat(summary.count("VICTIMS")).isZero();
        Section sexAge = ntt.get("INTERCEPTIONS_SEX_AGE");
        assertThat(sexAge.count("WOMEN")).isEqualTo(2);
        assertThat(sexAge.count("GIRLS")).isEqualTo(1);
        assertThat(sexAge.count("MEN")).isEqualTo(2);
        assertThat(sexAge.count("AGGREGATE_ONLY"))
                .as("shown as such, without a breakdown")
                .isEqualTo(7);
        assertThat(ntt.get("INTERCEPTIONS_DESTINATION").count("MY")).isEqualTo(5);
        Section areas = ntt.get("INTERCEPTIONS_AREA");
        assertThat(areas.count("53.71"))
                .isEqualTo(8)
                .isEqualTo(counts.of("53.71", year).persons());
        assertThat(areas.count("AGGREGATE_ONLY"))
                .as("the part of NTT's aggregate no regency holds")
                .isEqualTo(4);
        assertThat(areas.rows().stream()
                        .mapToLong(r -> r.values().getFirst().longValue())
                        .sum())
                .isEqualTo(12);
        long kupangPopulation = regions.find("53.71").orElseThrow().population();
        assertThat(areas.rows().stream()
                        .filter(r -> r.code().equals("53.71"))
                        .findFirst()
                        .orElseThrow()
                        .values()
                        .get(1)
                        .doubleValue())
                .isCloseTo(8 * 100_000.0 / kupangPopulation, org.assertj.core.data.Offset.offset(1e-9));

        Map<String, Section> country = sections(NATIONAL, null);
        assertThat(country.get("INTERCEPTIONS").count("PERSONS"))
                .isEqualTo(counts.of(null, year).persons())
                .isEqualTo(12 + 3);
        long byProvince = country.get("INTERCEPTIONS_AREA").rows().stream()
                .mapToLong(r -> r.values().getFirst().longValue())
                .sum();
        assertThat(byProvince).isEqualTo(15);

        var map = mapAreas(NATIONAL, "intersepsi");
        assertThat(map.get("53").n()).isEqualTo(12);
        assertThat(map.get("61").n()).isEqualTo(3);
        long nttPopulation = regions.find("53").orElseThrow().population();
        assertThat(map.get("53").rate())
                .isCloseTo(12 * 100_000.0 / nttPopulation, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void outreach_coverage_counts_activities_audience_villages_and_districts() throws Exception {
        Map<String, Section> kupang = sections(NATIONAL, "53.71");
        Section o = kupang.get("OUTREACH");
        assertThat(o.count("ACTIVITIES")).isEqualTo(4);
        assertThat(o.count("PEOPLE")).isEqualTo(24);
        assertThat(o.count("VILLAGES_REACHED"))
                .as("village 1001 twice counts once")
                .isEqualTo(2);
        assertThat(o.count("VILLAGES"))
                .isEqualTo(regions.children("53.71").stream()
                        .mapToLong(d -> regions.children(d.code()).size())
                        .sum());
        assertThat(o.count("DISTRICTS_REACHED")).isEqualTo(2);
        assertThat(o.count("DISTRICTS")).isEqualTo(regions.children("53.71").size());
        Section audience = kupang.get("OUTREACH_AUDIENCE");
        assertThat(audience.count("WOMEN")).isEqualTo(14);
        assertThat(audience.count("GIRLS")).isEqualTo(5);
        assertThat(audience.count("MEN")).isEqualTo(3);
        assertThat(audience.count("BOYS")).isEqualTo(2);

        Section ntt = sections(NATIONAL, "53").get("OUTREACH");
        assertThat(ntt.count("ACTIVITIES"))
                .as("the province-level activity counts for NTT")
                .isEqualTo(5);
        assertThat(ntt.count("VILLAGES_REACHED")).isEqualTo(2);

        var map = mapAreas(NATIONAL, "sosialisasi");
        assertThat(map.get("53").n()).isEqualTo(2);
        assertThat(map.get("53").rate())
                .isCloseTo(
                        2 * 100.0 / sections(NATIONAL, "53").get("OUTREACH").count("VILLAGES"),
                        org.assertj.core.data.Offset.offset(1e-9));
        assertThat(map.get("61").n())
                .as("a regency-level activity reaches no village")
                .isZero();
        String html = mvc.perform(get("/dasbor")
                        .param("dari", "" + year)
                        .param("sampai", "" + year)
                        .param("lapisan", "sosialisasi")
                        .with(TestUsers.as(NATIONAL)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("Desa terjangkau sosialisasi (%)")
                .containsPattern("aria-label=\"[^\"]+: 2 \\(\\d+[.,]\\d{2} % desa terjangkau\\)\"");
    }

    @Test
    void action_plan_achievement_per_plan_with_late_reports() throws Exception {
        Section plansOfKupang = sections(NATIONAL, "53.71").get("PLANS");
        Section.Row row = plansOfKupang.rows().stream()
                .filter(r -> r.code().equals(Long.toString(kupangPlan.id())))
                .findFirst()
                .orElseThrow();
        // indicators: reported 10 of 20 (50%), computed interceptions 8 of 16 (50%)
        assertThat(row.values()).containsExactly(2L, 2L, 0L, 50.0, 1L, 1L);
        assertThat(plansOfKupang.rows()).noneMatch(r -> r.code().equals(Long.toString(kalbarPlan.id())));
        assertThat(sections(NATIONAL, null).get("PLANS").rows())
                .anyMatch(r -> r.code().equals(Long.toString(kalbarPlan.id())));
    }

    @Test
    void the_tip_report_carries_the_outreach_and_action_plan_figures_of_the_dashboard() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/standard-reports/tip")
                        .param("year", "" + year)
                        .param("region", "53.71")
                        .param("format", "xlsx")
                        .with(TestUsers.as(NATIONAL)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var outreach = book.getSheet("OUTREACH");
            assertThat(reportValues(outreach, "ACTIVITIES")).containsExactly(4.0);
            assertThat(reportValues(outreach, "PEOPLE")).containsExactly(24.0);
            assertThat(reportValues(outreach, "VILLAGES_REACHED")).containsExactly(2.0);
            assertThat(reportValues(outreach, "DISTRICTS_REACHED")).containsExactly(2.0);
            var plans = book.getSheet("PLANS");
            assertThat(reportValues(plans, Long.toString(kupangPlan.id())))
                    .containsExactly(2.0, 2.0, 0.0, 50.0, 1.0, 1.0);
            assertThat(reportValues(plans, Long.toString(kalbarPlan.id())))
                    .as("not a plan of another province")
                    .isEmpty();
        }
    }

    /** The figures of the line {@code code} of a report sheet (code, label, figures...); empty when absent. */
    private static List<Double> reportValues(org.apache.poi.ss.usermodel.Sheet sheet, String code) {
        List<Double> out = new ArrayList<>();
        for (var row : sheet) {
            var first = row.getCell(0);
            if (row.getRowNum() >= 2 && first != null && code.equals(first.getStringCellValue())) {
                for (int c = 2; c < row.getLastCellNum(); c++) {
                    out.add(row.getCell(c) == null ? null : row.getCell(c).getNumericCellValue());
                }
            }
        }
        return out;
    }

    @Test
    void a_regency_analyst_sees_nothing_from_outside_the_regency() throws Exception {
        Map<String, Section> own = sections(REGENCY, null);
        assertThat(own.get("INTERCEPTIONS").count("PERSONS")).isEqualTo(8);
        assertThat(own.get("INTERCEPTIONS").count("RECORDED")).isEqualTo(5);
        assertThat(own.get("INTERCEPTIONS_AREA").rows())
                .extracting(Section.Row::code)
                .containsExactly("53.71");
        assertThat(own.get("OUTREACH").count("ACTIVITIES"))
                .as("not NTT's nor Sanggau's")
                .isEqualTo(4);
        assertThat(own.get("OUTREACH_AREA").rows())
                .extracting(Section.Row::code)
                .containsExactly("53.71");
        assertThat(own.get("PLANS").rows())
                .extracting(Section.Row::code)
                .doesNotContain(Long.toString(kalbarPlan.id()));
        assertThat(own.get("PLANS").rows()).allMatch(r -> !r.label().contains("(RAN)"));

        var interceptionMap = mapAreas(REGENCY, "intersepsi");
        assertThat(interceptionMap.get("53").n())
                .as("only Kota Kupang's part of NTT")
                .isEqualTo(8);
        assertThat(interceptionMap.get("61").n()).isZero();
        assertThat(interceptionMap.get("61").fill()).isEqualTo("#e9ecef");
        var outreachMap = mapAreas(REGENCY, "sosialisasi");
        assertThat(outreachMap.get("53").n()).isEqualTo(2);
        assertThat(outreachMap.get("61").rate()).isNull();

        for (String outside : List.of("53", "61", "53.01")) {
            mvc.perform(get("/dasbor")
                            .param("wilayah", outside)
                            .param("dari", "" + year)
                            .param("sampai", "" + year)
                            .with(TestUsers.as(REGENCY)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/dasbor/bagian/unduh")
                            .param("tabel", "INTERCEPTIONS")
                            .param("format", "csv")
                            .param("wilayah", outside)
                            .param("dari", "" + year)
                            .param("sampai", "" + year)
                            .with(TestUsers.as(REGENCY)))
                    .andExpect(status().isForbidden());
        }
        String csv = download(REGENCY, null, "INTERCEPTIONS_AREA", "csv");
        assertThat(csv).contains("53.71,").doesNotContain("61.").doesNotContain("\n53,");
        mvc.perform(get("/dasbor").with(TestUsers.as(TestUsers.user(Role.INTAKE_OFFICER, "53.71"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_downloads_hold_the_figures() throws Exception {
        String csv = download(NATIONAL, "53", "INTERCEPTIONS", "csv");
        assertThat(csv).contains("PERSONS,", ",12\r\n", "RECORDED,", ",5\r\n", "AGGREGATE_ONLY,", ",7\r\n");
        String areas = download(NATIONAL, "53", "INTERCEPTIONS_AREA", "csv");
        assertThat(areas).containsPattern("53\\.71,Kota Kupang,8,\\d+\\.\\d{2}");
        String outreachCsv = download(NATIONAL, "53.71", "OUTREACH", "csv");
        assertThat(outreachCsv).contains("ACTIVITIES,", ",4\r\n", "VILLAGES_REACHED,", ",2\r\n");
        byte[] xlsx = mvc.perform(get("/dasbor/bagian/unduh")
                        .param("tabel", "PLANS")
                        .param("format", "xlsx")
                        .param("wilayah", "53.71")
                        .param("dari", "" + year)
                        .param("sampai", "" + year)
                        .with(TestUsers.as(NATIONAL)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheet("PLANS");
            boolean found = false;
            for (var r : sheet) {
                if (r.getRowNum() > 0 && r.getCell(0).getStringCellValue().equals(Long.toString(kupangPlan.id()))) {
                    assertThat(r.getCell(2).getNumericCellValue()).isEqualTo(2.0);
                    assertThat(r.getCell(5).getNumericCellValue()).isEqualTo(50.0);
                    assertThat(r.getCell(6).getNumericCellValue()).isEqualTo(1.0);
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
        mvc.perform(get("/dasbor/bagian/unduh").param("tabel", "NOPE").with(TestUsers.as(NATIONAL)))
                .andExpect(status().is(422));
        String page = mvc.perform(get("/dasbor")
                        .param("wilayah", "53")
                        .param("dari", "" + year)
                        .param("sampai", "" + year)
                        .with(TestUsers.as(NATIONAL)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains(
                        "id=\"table-INTERCEPTIONS\"",
                        "id=\"table-OUTREACH_AREA\"",
                        "id=\"table-PLANS\"",
                        "/dasbor/bagian/unduh?tabel=INTERCEPTIONS&amp;format=csv");
    }

    private InterceptionInput.Person person(String name) {
        return new InterceptionInput.Person(name + " Uji", "F", null, 22, null, "PERSON", LocalDate.of(year, 3, 1));
    }

    private long activity(SigapUser user, String level, String region, Headcount audience) {
        return outreach.create(
                user,
                new OutreachActivities.ActivityInput(
                        LocalDate.of(year, 6, 1),
                        level,
                        region,
                        "Sosialisasi uji",
                        "SAFE_MIGRATION",
                        audience,
                        null,
                        null));
    }

    /** A RAD for the year with a reported indicator (10 of 20, reported late) and one computed from interceptions. */
    private ActionPlan plan(String region) {
        SigapUser secretary = PlansFixtures.secretary(region);
        Agency responsible = agencies.create(id.sigap.organization.NewAgency.of(
                "Polres Uji " + PlansFixtures.tag(), id.sigap.organization.AgencyType.POLICE_UNIT, region));
        ActionPlan plan =
                plans.create(secretary, new PlanInput(region, "RAD Uji " + PlansFixtures.tag(), year, year + 1, null));
        long cluster = parts.add(secretary, Part.CLUSTER, plan.id(), "Pencegahan");
        long programme = parts.add(secretary, Part.PROGRAMME, cluster, "Intersepsi");
        long activity = parts.add(secretary, Part.ACTIVITY, programme, "Pengawasan pelabuhan");
        Indicator typed = indicators.add(
                secretary,
                activity,
                new IndicatorInput(
                        "Sosialisasi desa",
                        "kegiatan",
                        null,
                        responsible.id(),
                        null,
                        "SUM",
                        null,
                        Map.of(year, BigDecimal.valueOf(20))));
        indicators.add(
                secretary,
                activity,
                new IndicatorInput(
                        "Orang diintersepsi",
                        "orang",
                        null,
                        responsible.id(),
                        null,
                        "SUM",
                        "prevention.interceptions",
                        Map.of(year, BigDecimal.valueOf(region.equals("53.71") ? 16 : 6))));
        SigapUser reporter = PlansFixtures.staff(responsible, Role.INVESTIGATOR, region);
        ProgressReport q1 = reports.submit(
                reporter, typed.id(), new ReportInput(year, 1, BigDecimal.TEN, "Sepuluh desa", null), null);
        ProgressReport reviewed = reports.review(secretary, q1.id(), q1.version());
        reports.approve(secretary, reviewed.id(), reviewed.version());
        return plan;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Section> sections(SigapUser user, String region) throws Exception {
        var request = get("/dasbor")
                .param("dari", "" + year)
                .param("sampai", "" + year)
                .with(TestUsers.as(user));
        if (region != null) {
            request = request.param("wilayah", region);
        }
        var model = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getModelAndView()
                .getModel();
        Map<String, Section> out = new java.util.LinkedHashMap<>();
        ((List<Section>) model.get("sections")).forEach(s -> out.put(s.name(), s));
        return out;
    }

    @SuppressWarnings("unchecked")
    private Map<String, DashboardPages.MapArea> mapAreas(SigapUser user, String layer) throws Exception {
        var model = mvc.perform(get("/dasbor")
                        .param("dari", "" + year)
                        .param("sampai", "" + year)
                        .param("lapisan", layer)
                        .with(TestUsers.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getModelAndView()
                .getModel();
        Map<String, DashboardPages.MapArea> out = new java.util.HashMap<>();
        ((List<DashboardPages.MapArea>) model.get("mapAreas")).forEach(a -> out.put(a.code(), a));
        return out;
    }

    private String download(SigapUser user, String region, String table, String format) throws Exception {
        var request = get("/dasbor/bagian/unduh")
                .param("tabel", table)
                .param("format", format)
                .param("dari", "" + year)
                .param("sampai", "" + year)
                .with(TestUsers.as(user));
        if (region != null) {
            request = request.param("wilayah", region);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
