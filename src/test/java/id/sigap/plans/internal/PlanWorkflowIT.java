package id.sigap.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.plans.Achievement;
import id.sigap.plans.ActionPlan;
import id.sigap.plans.PlansFixtures;
import id.sigap.plans.ProgressReport;
import id.sigap.plans.ReportStatus;
import id.sigap.plans.internal.PlanParts.Part;
import id.sigap.plans.internal.PlanStore.PlanInput;
import id.sigap.plans.internal.ProgressReports.ReportInput;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import id.sigap.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class PlanWorkflowIT {

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
    Achievements achievements;

    @Autowired
    PlanReader reader;

    PlansFixtures fixtures;

    final SigapUser secretary = PlansFixtures.secretary("53");
    final SigapUser otherSecretary = PlansFixtures.secretary("63");

    @BeforeEach
    void setUp() {
        fixtures = new PlansFixtures(agencies, plans, parts, indicators);
    }

    @Test
    void only_the_secretary_of_the_plans_region_creates_and_changes_it() {
        assertThatThrownBy(() -> plans.create(otherSecretary, new PlanInput("53", "RAD NTT", 2025, 2029, null)))
                .isInstanceOf(SigapException.NotAllowed.class);
        assertThatThrownBy(
                        () -> plans.create(PlansFixtures.secretary("53"), new PlanInput(null, "RAN", 2025, 2029, null)))
                .as("a provincial secretary cannot make the national RAN")
                .isInstanceOf(SigapException.NotAllowed.class);
        var s = fixtures.sample(secretary, "53", null);
        assertThat(s.plan().level().name()).isEqualTo("PROVINCE");
        assertThatThrownBy(() -> plans.update(
                        otherSecretary,
                        s.plan().id(),
                        s.plan().version(),
                        new PlanInput(null, "Diubah", 2025, 2029, null)))
                .isInstanceOf(SigapException.NotAllowed.class);
        assertThatThrownBy(
                        () -> parts.add(otherSecretary, Part.CLUSTER, s.plan().id(), "Pencegahan"))
                .isInstanceOf(SigapException.NotAllowed.class);
        assertThatThrownBy(() -> parts.add(
                        PlansFixtures.staff(s.responsible(), Role.INVESTIGATOR, "53"),
                        Part.CLUSTER,
                        s.plan().id(),
                        "Pencegahan"))
                .isInstanceOf(SigapException.NotAllowed.class);
        ActionPlan changed = plans.update(
                secretary,
                s.plan().id(),
                s.plan().version(),
                new PlanInput(null, "RAD diubah " + s.tag(), 2025, 2029, "Pergub 1/2025"));
        assertThat(changed.version()).isEqualTo(s.plan().version() + 1);
        assertThatThrownBy(() -> plans.update(
                        secretary, s.plan().id(), s.plan().version(), new PlanInput(null, "Basi", 2025, 2029, null)))
                .as("a stale version is refused")
                .isInstanceOf(SigapException.Conflict.class);
    }

    @Test
    void bad_input_is_refused_with_every_field_problem() {
        assertThatThrownBy(() -> plans.create(secretary, new PlanInput("53", " ", 2029, 2025, null)))
                .isInstanceOfSatisfying(
                        SigapException.Invalid.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).contains("title", "endYear"));
    }

    @Test
    void a_quarter_is_reported_by_the_responsible_agency_reviewed_approved_or_returned_and_counts_when_approved() {
        var s = fixtures.sample(secretary, "53", null);
        SigapUser reporter = PlansFixtures.staff(s.responsible(), Role.INVESTIGATOR, "53");
        Agency other = fixtures.agency("Dinsos Uji", "53");
        SigapUser outsider = PlansFixtures.staff(other, Role.CASE_WORKER, "53");
        long id = s.indicator().id();

        assertThatThrownBy(
                        () -> reports.submit(outsider, id, new ReportInput(2025, 1, BigDecimal.ONE, null, null), null))
                .isInstanceOf(SigapException.NotAllowed.class);
        ProgressReport q1 =
                reports.submit(reporter, id, new ReportInput(2025, 1, BigDecimal.valueOf(6), "Penyidikan", null), null);
        assertThat(q1.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(q1.dueOn()).isEqualTo(LocalDate.of(2025, 4, 15));
        assertThat(q1.late()).as("2025 Q1 reported after 15 April 2025").isTrue();
        assertThatThrownBy(
                        () -> reports.submit(reporter, id, new ReportInput(2025, 1, BigDecimal.ONE, null, null), null))
                .isInstanceOf(SigapException.Conflict.class);

        assertThatThrownBy(() -> reports.approve(secretary, q1.id(), q1.version()))
                .as("approval needs a review first")
                .isInstanceOf(SigapException.Conflict.class);
        assertThatThrownBy(() -> reports.review(otherSecretary, q1.id(), q1.version()))
                .isInstanceOf(SigapException.NotAllowed.class);
        ProgressReport reviewed = reports.review(secretary, q1.id(), q1.version());
        reports.approve(secretary, reviewed.id(), reviewed.version());

        ProgressReport q2 = reports.submit(
                reporter, id, new ReportInput(2025, 2, BigDecimal.valueOf(9), null, "Saksi di luar negeri"), null);
        ProgressReport q2r = reports.review(secretary, q2.id(), q2.version());
        assertThatThrownBy(() -> reports.sendBack(secretary, q2r.id(), q2r.version(), " "))
                .isInstanceOf(SigapException.Invalid.class);
        ProgressReport returned = reports.sendBack(secretary, q2r.id(), q2r.version(), "Angka belum sesuai BAP");
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("Angka belum sesuai BAP");
        assertThat(achievements
                        .of(s.plan(), List.of(s.indicator()), 2025)
                        .get(id)
                        .achieved())
                .as("only approved quarters count")
                .isEqualByComparingTo("6");

        ProgressReport again = reports.submit(
                reporter,
                id,
                new ReportInput(2025, 2, BigDecimal.valueOf(4), null, "Saksi di luar negeri"),
                returned.version());
        assertThat(again.status()).isEqualTo(ReportStatus.SUBMITTED);
        ProgressReport againReviewed = reports.review(secretary, again.id(), again.version());
        reports.approve(secretary, againReviewed.id(), againReviewed.version());

        Achievement a = achievements.of(s.plan(), List.of(s.indicator()), 2025).get(id);
        assertThat(a.target()).isEqualByComparingTo("20");
        assertThat(a.achieved()).isEqualByComparingTo("10");
        assertThat(a.percent()).isEqualByComparingTo("50.0");
        assertThat(a.approvedQuarters()).isEqualTo(2);

        assertThatThrownBy(() -> plans.delete(secretary, s.plan().id(), s.plan().version()))
                .as("a plan with reports is kept")
                .isInstanceOf(SigapException.Conflict.class);
    }

    @Test
    void a_report_within_its_deadline_is_not_late_and_a_future_quarter_cannot_be_reported() {
        LocalDate today = reports.today();
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        var s = fixtures.sample(secretary, "53", null);
        SigapUser reporter = PlansFixtures.staff(s.responsible(), Role.INVESTIGATOR, "53");
        if (s.plan().covers(today.getYear())) {
            ProgressReport now = reports.submit(
                    reporter,
                    s.indicator().id(),
                    new ReportInput(today.getYear(), quarter, BigDecimal.ONE, null, null),
                    null);
            assertThat(now.late()).isFalse();
        }
        LocalDate next = Quarters.end(today.getYear(), quarter).plusDays(1);
        int nextQuarter = (next.getMonthValue() - 1) / 3 + 1;
        if (s.plan().covers(next.getYear())) {
            assertThatThrownBy(() -> reports.submit(
                            reporter,
                            s.indicator().id(),
                            new ReportInput(next.getYear(), nextQuarter, BigDecimal.ONE, null, null),
                            null))
                    .isInstanceOf(SigapException.Invalid.class);
        }
    }

    @Test
    void parts_without_reports_are_deleted_with_what_lies_under_them() {
        var s = fixtures.sample(secretary, "53", null);
        assertThatThrownBy(() -> parts.delete(otherSecretary, Part.CLUSTER, s.clusterId()))
                .isInstanceOf(SigapException.NotAllowed.class);
        parts.delete(secretary, Part.CLUSTER, s.clusterId());
        assertThatThrownBy(() -> indicators.find(s.indicator().id())).isInstanceOf(SigapException.NotFound.class);
        plans.delete(secretary, s.plan().id(), s.plan().version());
        assertThatThrownBy(() -> plans.find(s.plan().id())).isInstanceOf(SigapException.NotFound.class);
    }

    @Test
    void budgets_are_kept_per_activity_year_and_source() {
        var s = fixtures.sample(secretary, "53", null);
        parts.budget(
                secretary, s.activityId(), 2025, "APBD", BigDecimal.valueOf(1_000_000), BigDecimal.valueOf(400_000));
        parts.budget(
                secretary, s.activityId(), 2025, "APBD", BigDecimal.valueOf(2_000_000), BigDecimal.valueOf(500_000));
        parts.budget(secretary, s.activityId(), 2025, "APBN", BigDecimal.valueOf(300_000), null);
        assertThatThrownBy(() -> parts.budget(secretary, s.activityId(), 2031, "APBD", BigDecimal.ONE, null))
                .isInstanceOf(SigapException.Invalid.class);
        assertThatThrownBy(() -> parts.budget(otherSecretary, s.activityId(), 2025, "APBD", BigDecimal.ONE, null))
                .isInstanceOf(SigapException.NotAllowed.class);
        var activity = reader.tree(plans.find(s.plan().id()))
                .clusters()
                .getFirst()
                .programmes()
                .getFirst()
                .activities()
                .getFirst();
        assertThat(activity.budgets())
                .extracting(b -> b.year() + " " + b.source() + " "
                        + b.allocated().toBigInteger() + " " + b.realised().toBigInteger())
                .containsExactly("2025 APBD 2000000 500000", "2025 APBN 300000 0");
    }
}
