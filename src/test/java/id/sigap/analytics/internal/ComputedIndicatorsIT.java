package id.sigap.analytics.internal;

import static id.sigap.analytics.AnalyticsFixtures.SHELTER;
import static id.sigap.analytics.AnalyticsFixtures.caseOf;
import static id.sigap.analytics.AnalyticsFixtures.load;
import static id.sigap.analytics.AnalyticsFixtures.suspect;
import static id.sigap.analytics.AnalyticsFixtures.tag;
import static id.sigap.analytics.AnalyticsFixtures.victim;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.analytics.AnalyticsTestConfiguration;
import id.sigap.cases.BulkLoad;
import id.sigap.organization.Agencies;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.plans.Achievement;
import id.sigap.plans.ActionPlan;
import id.sigap.plans.Indicator;
import id.sigap.plans.IndicatorSource;
import id.sigap.plans.PlansFixtures;
import id.sigap.plans.internal.Achievements;
import id.sigap.plans.internal.IndicatorSources;
import id.sigap.plans.internal.PlanIndicators;
import id.sigap.plans.internal.PlanIndicators.IndicatorInput;
import id.sigap.plans.internal.PlanParts;
import id.sigap.plans.internal.PlanParts.Part;
import id.sigap.plans.internal.PlanStore;
import id.sigap.plans.internal.PlanStore.PlanInput;
import id.sigap.prevention.Headcount;
import id.sigap.prevention.InterceptionCounts;
import id.sigap.prevention.internal.InterceptionInput;
import id.sigap.prevention.internal.Interceptions;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Action-plan indicators computed from Sigap's own data: cases prosecuted (from the fact layer) and persons intercepted
 * (from the prevention module, without double counting) are offered as sources, and an indicator bound to one shows
 * the figure the source computes for the indicator's region and year.
 */
@IntegrationTest
@Import(AnalyticsTestConfiguration.class)
class ComputedIndicatorsIT {

    @Autowired
    IndicatorSources sources;

    @Autowired
    BulkLoad bulk;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    FactRefresh refresh;

    @Autowired
    Interceptions interceptions;

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
    Achievements achievements;

    @Test
    void both_sources_are_offered() {
        assertThat(sources.all())
                .extracting(IndicatorSource::key)
                .contains(CasesProsecuted.KEY, "prevention.interceptions", "cases.victims-registered");
    }

    @Test
    void cases_prosecuted_count_cases_with_a_suspect_prosecuted_in_the_region_and_year() {
        int year = ThreadLocalRandom.current().nextInt(2001, 2005);
        LocalDate day = LocalDate.of(year, 5, 20);
        IndicatorSource source = sources.find(CasesProsecuted.KEY).orElseThrow();
        refresh.refresh();
        long kupang = value(source, "53.71", year);
        long ntt = value(source, "53", year);
        long country = value(source, null, year);
        String t = tag();
        load(
                bulk,
                tx,
                caseOf(
                        SHELTER,
                        "53.71.01",
                        day,
                        List.of(
                                victim(SHELTER, "53.71", "Korban Satu " + t, "F", LocalDate.of(1995, 1, 2), null),
                                suspect(SHELTER, "53.71", "Pelaku Satu " + t),
                                suspect(SHELTER, "53.71", "Pelaku Dua " + t))),
                caseOf(
                        SHELTER,
                        "53.71.02",
                        day,
                        List.of(victim(SHELTER, "53.71", "Korban Dua " + t, "F", LocalDate.of(1996, 1, 2), null))),
                caseOf(
                        SHELTER,
                        "53.01",
                        day,
                        List.of(
                                victim(SHELTER, "53.01", "Korban Tiga " + t, "M", LocalDate.of(1990, 1, 2), null),
                                suspect(SHELTER, "53.01", "Pelaku Tiga " + t))));
        refresh.refresh();
        assertThat(value(source, "53.71", year))
                .as("one case with a suspect prosecuted; the case without a suspect does not count")
                .isEqualTo(kupang + 1);
        assertThat(value(source, "53", year)).isEqualTo(ntt + 2);
        assertThat(value(source, null, year)).isEqualTo(country + 2);
        assertThat(source.value("53.71.01", year))
                .as("the fact layer keeps regions to the regency")
                .isEmpty();

        ActionPlan plan = planWith("53.71", year, CasesProsecuted.KEY);
        Indicator indicator = indicators.ofPlan(plan.id()).getFirst();
        Achievement a = achievements.of(plan, List.of(indicator), year).get(indicator.id());
        assertThat(a.computed()).isTrue();
        assertThat(a.achieved()).isEqualByComparingTo(BigDecimal.valueOf(kupang + 1));
    }

    @Test
    void persons_intercepted_are_counted_once_for_an_indicator() {
        int year = ThreadLocalRandom.current().nextInt(2013, 2017);
        IndicatorSource source = sources.find("prevention.interceptions").orElseThrow();
        long before = value(source, "53.71", year);
        SigapUser officer = TestUsers.user(Role.INTAKE_OFFICER, "53.71");
        long id = interceptions.create(
                officer,
                new InterceptionInput(
                        LocalDate.of(year, 8, 17), "TENAU", "MY", "DOMESTIC_WORK", new Headcount(3, 1, 0, 0), null));
        try {
            assertThat(value(source, "53.71", year)).isEqualTo(before + 4);
            assertThat(value(source, "53.71", year))
                    .isEqualTo(counts.of("53.71", year).persons());
            ActionPlan plan = planWith("53.71", year, "prevention.interceptions");
            Indicator indicator = indicators.ofPlan(plan.id()).getFirst();
            Achievement a = achievements.of(plan, List.of(indicator), year).get(indicator.id());
            assertThat(a.computed()).isTrue();
            assertThat(a.achieved()).isEqualByComparingTo(BigDecimal.valueOf(before + 4));
            assertThat(a.percent()).isNotNull();
        } finally {
            interceptions.delete(officer, id, 0);
        }
    }

    private static long value(IndicatorSource source, String region, int year) {
        return source.value(region, year).orElseThrow().longValueExact();
    }

    private ActionPlan planWith(String region, int year, String sourceKey) {
        SigapUser secretary = PlansFixtures.secretary(region);
        var agency = agencies.create(NewAgency.of("Kejari Uji " + tag(), AgencyType.POLICE_UNIT, region));
        ActionPlan plan = plans.create(secretary, new PlanInput(region, "RAD Uji " + tag(), year, year, null));
        long cluster = parts.add(secretary, Part.CLUSTER, plan.id(), "Penegakan hukum");
        long programme = parts.add(secretary, Part.PROGRAMME, cluster, "Penuntutan");
        long activity = parts.add(secretary, Part.ACTIVITY, programme, "Penuntutan perkara");
        indicators.add(
                secretary,
                activity,
                new IndicatorInput(
                        "Indikator terhitung",
                        "angka",
                        null,
                        agency.id(),
                        null,
                        "SUM",
                        sourceKey,
                        Map.of(year, BigDecimal.valueOf(10))));
        return plan;
    }
}
