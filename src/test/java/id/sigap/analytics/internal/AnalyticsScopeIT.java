package id.sigap.analytics.internal;

import static id.sigap.analytics.AnalyticsFixtures.POLICE;
import static id.sigap.analytics.AnalyticsFixtures.SHELTER;
import static id.sigap.analytics.AnalyticsFixtures.caseOf;
import static id.sigap.analytics.AnalyticsFixtures.load;
import static id.sigap.analytics.AnalyticsFixtures.suspect;
import static id.sigap.analytics.AnalyticsFixtures.tag;
import static id.sigap.analytics.AnalyticsFixtures.victim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.analytics.AnalyticsTestConfiguration;
import id.sigap.analytics.internal.DashboardQueries.Filter;
import id.sigap.cases.BulkLoad;
import id.sigap.cases.CaseFiles;
import id.sigap.cases.CasePersons;
import id.sigap.cases.PersonRole;
import id.sigap.security.MutableClock;
import id.sigap.security.RegionScope;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who sees what on the dashboards (a regency analyst sees nothing from outside the regency, in the page, the API and
 * the downloads), persons counted once across agencies, and a new case showing within a minute.
 */
@IntegrationTest
@Import(AnalyticsTestConfiguration.class)
class AnalyticsScopeIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    BulkLoad bulk;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    FactRefresh refresh;

    @Autowired
    DashboardQueries queries;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    CasePersons casePersons;

    @Autowired
    MutableClock clock;

    @Autowired
    Environment env;

    @Autowired
    AnalyticsTestConfiguration.KnownClusters clusters;

    @Autowired
    org.jooq.DSLContext db;

    @Autowired
    id.sigap.organization.Agencies agencies;

    static final SigapUser REGENCY = TestUsers.user(Role.ANALYST, "53.71");
    static final SigapUser NATIONAL = TestUsers.user(Role.ANALYST, null);

    @Test
    void a_regency_analyst_sees_nothing_from_outside_the_regency() throws Exception {
        LocalDate day = LocalDate.of(2006, 3, 14);
        String t = tag();
        load(
                bulk,
                tx,
                caseOf(
                        SHELTER,
                        "53.71.01",
                        day,
                        List.of(
                                victim(SHELTER, "53.71", "Dalam Kota " + t, "F", LocalDate.of(1990, 1, 2), null),
                                suspect(SHELTER, "53.71", "Pelaku Kota " + t))),
                caseOf(
                        SHELTER,
                        "53.01",
                        day,
                        List.of(
                                victim(SHELTER, "53.01", "Luar Kota Satu " + t, "F", LocalDate.of(2010, 1, 2), null),
                                victim(SHELTER, "53.01", "Luar Kota Dua " + t, "M", LocalDate.of(1980, 1, 2), null))));
        refresh.refresh();

        long inRegency = victims(RegionScope.NATIONAL, "53.71", 2006);
        long inProvince = victims(RegionScope.NATIONAL, "53", 2006);
        assertThat(inRegency).isGreaterThanOrEqualTo(1);
        assertThat(inProvince).isGreaterThanOrEqualTo(inRegency + 2);

        // the page: the whole scope of the regency analyst is the regency
        String page = body("/dasbor?dari=2006&sampai=2006", REGENCY);
        assertThat(total(page)).isEqualTo(inRegency);
        assertThat(page).contains("2006–2006").doesNotContain("2.006");
        assertThat(total(body("/dasbor?dari=2006&sampai=2006&wilayah=53", NATIONAL)))
                .isEqualTo(inProvince);
        mvc.perform(get("/dasbor?dari=2006&sampai=2006&wilayah=53").with(TestUsers.as(REGENCY)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dasbor?dari=2006&sampai=2006&wilayah=53.01").with(TestUsers.as(REGENCY)))
                .andExpect(status().isForbidden());

        // the downloads
        String csv = body("/dasbor/unduh?tabel=SEX_AGE&format=csv&dari=2006&sampai=2006", REGENCY);
        assertThat(csvTotal(csv)).isEqualTo(inRegency);
        String areas = body("/dasbor/unduh?tabel=AREA&format=csv&dari=2006&sampai=2006", REGENCY);
        assertThat(csvTotal(areas)).isEqualTo(inRegency);
        mvc.perform(get("/dasbor/unduh?tabel=AREA&format=xlsx&wilayah=53.01&dari=2006&sampai=2006")
                        .with(TestUsers.as(REGENCY)))
                .andExpect(status().isForbidden());

        // the API
        String json = body("/api/v1/stats/victims?year=2006&by=regency", REGENCY);
        assertThat(json).contains("\"regency\":\"53.71\"").doesNotContain("53.01");
        assertThat(counts(json)).isEqualTo(inRegency);
        mvc.perform(get("/api/v1/stats/victims?year=2006&region=53").with(TestUsers.as(REGENCY)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/stats/victims?year=2006&region=53.01&by=sex").with(TestUsers.as(REGENCY)))
                .andExpect(status().isForbidden());
        // a case worker has no dashboard at all
        mvc.perform(get("/dasbor").with(TestUsers.as(TestUsers.user(Role.CASE_WORKER, "53.71"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_victim_registered_by_the_police_and_by_a_shelter_counts_once() {
        LocalDate day = LocalDate.of(2005, 6, 1);
        String t = tag();
        // a NIK of this run only (the blind index is global: another test's person must not share it)
        String nik = "537101520590" + String.format("%04d", new java.util.Random().nextInt(10_000));
        Filter f = new Filter(RegionScope.NATIONAL, "53.71", 2005, 2005);
        long before = victims(RegionScope.NATIONAL, "53.71", 2005);
        long duplicatesBefore = value(Measure.QUALITY, "DUPLICATE_RECORDS", f);
        load(
                bulk,
                tx,
                caseOf(
                        POLICE,
                        "53.71",
                        day,
                        List.of(
                                victim(POLICE, "53.71", "Yohana Bili " + t, "F", LocalDate.of(1990, 5, 12), nik),
                                suspect(POLICE, "53.71", "Pelaku " + t))),
                caseOf(
                        SHELTER,
                        "53.71",
                        day.plusDays(3),
                        List.of(victim(SHELTER, "53.71", "Johana Bili " + t, "F", LocalDate.of(1990, 5, 12), null))));
        // the linkage module found the two records to be one person (stored cluster)
        clusters.link(
                db.fetchOne("SELECT id FROM cases.person WHERE full_name = ?", "Yohana Bili " + t)
                        .get(0, Long.class),
                db.fetchOne("SELECT id FROM cases.person WHERE full_name = ?", "Johana Bili " + t)
                        .get(0, Long.class));
        refresh.refresh();
        assertThat(victims(RegionScope.NATIONAL, "53.71", 2005)).isEqualTo(before + 1);
        assertThat(value(Measure.QUALITY, "DUPLICATE_RECORDS", f)).isEqualTo(duplicatesBefore + 1);

        // a third record, registered later by another agency with the same NIK, joins the same person
        load(
                bulk,
                tx,
                caseOf(
                        970_009L,
                        "53.71",
                        day.plusDays(9),
                        List.of(victim(970_009L, "53.71", "Y. Bili " + t, "F", LocalDate.of(1990, 5, 12), nik))));
        refresh.refresh();
        assertThat(victims(RegionScope.NATIONAL, "53.71", 2005)).isEqualTo(before + 1);
        assertThat(value(Measure.QUALITY, "DUPLICATE_RECORDS", f)).isEqualTo(duplicatesBefore + 2);
    }

    @Test
    void a_new_case_shows_within_a_minute() throws Exception {
        Duration every = env.getProperty("sigap.analytics.refresh", Duration.class, Duration.ofSeconds(30));
        assertThat(every).isLessThanOrEqualTo(Duration.ofSeconds(60));
        Scheduled scheduled = FactRefresh.class.getDeclaredMethod("scheduled").getAnnotation(Scheduled.class);
        assertThat(scheduled.fixedDelayString()).contains("sigap.analytics.refresh");

        refresh.scheduled();
        int year = LocalDate.now(clock).getYear();
        long before = victims(RegionScope.NATIONAL, "63.71", year);
        SigapUser worker = TestUsers.user(Role.CASE_WORKER, "63.71");
        long agency = id.sigap.cases.CaseFixtures.agency(agencies, "63.71").id();
        var opened = caseFiles.open(new CaseFiles.NewCase(agency, "63.71", "Kasus baru", null, null, false, false));
        clock.advance(Duration.ofSeconds(20));
        var newcomer = new CasePersons.NewPerson(
                "Korban Baru " + tag(),
                null,
                "F",
                LocalDate.of(2000, 1, 1),
                null,
                null,
                null,
                null,
                null,
                "63.71",
                null,
                null,
                null,
                null);
        assertThat(casePersons.problems(newcomer)).isEmpty();
        casePersons.addToCase(worker, opened.id(), newcomer, PersonRole.VICTIM, null);
        clock.advance(Duration.ofSeconds(30));
        refresh.scheduled(); // what the scheduler runs every 30 s
        assertThat(victims(RegionScope.NATIONAL, "63.71", year)).isEqualTo(before + 1);
        assertThat(refresh.refreshedAt()).isPresent();

        // the watermark moves with the clock, so a quiet system does not re-read its last changes on every run
        clock.advance(Duration.ofMinutes(5));
        OffsetDateTime quiet = OffsetDateTime.now(clock);
        refresh.scheduled();
        assertThat(db.fetchOne("SELECT watermark FROM analytics.refresh_state WHERE feed = 'CASES'")
                        .get(0, OffsetDateTime.class))
                .isAfterOrEqualTo(quiet);
    }

    private long victims(RegionScope scope, String region, int year) {
        return value(Measure.VICTIMS, "ALL", new Filter(scope, region, year, year));
    }

    private long value(Measure m, String value, Filter f) {
        return queries.byValue(m, f).stream()
                .filter(r -> r.key().equals(value))
                .mapToLong(DashboardQueries.Row::n)
                .sum();
    }

    private String body(String url, SigapUser user) throws Exception {
        return mvc.perform(get(url).with(TestUsers.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static long total(String html) {
        var m = Pattern.compile("id=\"total-victims\">(\\d+)<").matcher(html);
        assertThat(m.find()).as("total on the page").isTrue();
        return Long.parseLong(m.group(1));
    }

    static long csvTotal(String csv) throws java.io.IOException {
        long sum = 0;
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(csv))) {
            for (var r : parser) {
                sum += Long.parseLong(r.get(2));
            }
        }
        return sum;
    }

    static long counts(String json) {
        var m = Pattern.compile("\"count\":(\\d+)").matcher(json);
        long sum = 0;
        while (m.find()) {
            sum += Long.parseLong(m.group(1));
        }
        return sum;
    }
}
