package id.sigap.plans.internal;

import static id.sigap.plans.internal.db.Tables.REPORT_SECTION;

import id.sigap.organization.Agencies;
import id.sigap.organization.TaskForces;
import id.sigap.plans.Achievement;
import id.sigap.plans.ActionPlan;
import id.sigap.plans.Indicator;
import id.sigap.plans.PlanTree;
import id.sigap.plans.ProgressReport;
import id.sigap.plans.ReportStatus;
import id.sigap.plans.internal.AnnualReport.Section;
import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report of a plan: achievement per indicator, budgets, obstacles from approved reports, and the editable
 * texts kept per plan and year (written by the plan's secretary, optimistic locking).
 */
@Service
public class AnnualReports {

    private final DSLContext db;
    private final PlanStore plans;
    private final PlanReader reader;
    private final Achievements achievements;
    private final ProgressReports reports;
    private final Agencies agencies;
    private final TaskForces taskForces;
    private final PlanAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    AnnualReports(
            DSLContext db,
            PlanStore plans,
            PlanReader reader,
            Achievements achievements,
            ProgressReports reports,
            Agencies agencies,
            TaskForces taskForces,
            PlanAccess access,
            AuditTrail audit,
            Clock clock) {
        this.db = db;
        this.plans = plans;
        this.reader = reader;
        this.achievements = achievements;
        this.reports = reports;
        this.agencies = agencies;
        this.taskForces = taskForces;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The report of {@code year} if the user may read the plan; {@code plans.year-outside-period} (422) otherwise. */
    @Transactional(readOnly = true)
    public AnnualReport build(SigapUser user, long planId, int year) {
        ActionPlan plan = plans.requireReadable(user, planId);
        if (!plan.covers(year)) {
            throw new SigapException.Invalid("year", "plans.year-outside-period");
        }
        PlanTree tree = reader.tree(plan);
        List<Indicator> all = tree.indicators();
        Map<Long, Achievement> done = achievements.of(plan, all, year);
        Map<Long, String> agencyNames = new HashMap<>();
        List<AnnualReport.Row> rows = new ArrayList<>();
        List<AnnualReport.BudgetRow> budget = new ArrayList<>();
        Map<Long, String> indicatorNames = new HashMap<>();
        for (PlanTree.Cluster c : tree.clusters()) {
            for (PlanTree.Programme p : c.programmes()) {
                for (PlanTree.Activity a : p.activities()) {
                    a.budgets().stream()
                            .filter(b -> b.year() == year)
                            .forEach(b -> budget.add(
                                    new AnnualReport.BudgetRow(a.name(), b.source(), b.allocated(), b.realised())));
                    for (Indicator i : a.indicators()) {
                        Achievement ach = done.get(i.id());
                        indicatorNames.put(i.id(), i.name());
                        String agency = agencyNames.computeIfAbsent(
                                i.responsibleAgencyId(),
                                id -> agencies.find(id).map(x -> x.name()).orElse("-"));
                        rows.add(new AnnualReport.Row(
                                c.name(),
                                a.name(),
                                i.name(),
                                i.unit(),
                                agency,
                                i.baseline(),
                                ach.target(),
                                ach.achieved(),
                                ach.percent(),
                                ach.computed()));
                    }
                }
            }
        }
        List<AnnualReport.Obstacle> obstacles = new ArrayList<>();
        for (ProgressReport r :
                reports.ofPlanYear(all.stream().map(Indicator::id).toList(), year)) {
            if (r.status() == ReportStatus.APPROVED && r.obstacles() != null) {
                obstacles.add(
                        new AnnualReport.Obstacle(indicatorNames.get(r.indicatorId()), r.quarter(), r.obstacles()));
            }
        }
        String taskForce = plan.taskForceId() == null
                ? null
                : taskForces.find(plan.taskForceId()).map(t -> t.name()).orElse(null);
        return new AnnualReport(plan, taskForce, year, rows, budget, obstacles, texts(planId, year));
    }

    /** Saves one editable text; {@code version} is that of the text read (-1 when there was none). */
    @Transactional
    public void save(SigapUser user, long planId, int year, Section section, String body, int version) {
        ActionPlan plan = plans.find(planId);
        access.requireEdit(user, plan.regionCode(), PlanAccess.PLAN, planId);
        Inputs check = new Inputs();
        check.check(plan.covers(year), "year", "plans.year-outside-period");
        String text = check.text(section.name(), body, 20000, false);
        check.done();
        var current = db.fetchOptional(
                REPORT_SECTION,
                REPORT_SECTION
                        .PLAN_ID
                        .eq(planId)
                        .and(REPORT_SECTION.YEAR.eq(year))
                        .and(REPORT_SECTION.SECTION.eq(section.name())));
        int currentVersion = current.map(r -> r.getVersion()).orElse(-1);
        if (currentVersion != version) {
            throw new SigapException.Conflict("plans.version-conflict");
        }
        var r = current.orElseGet(() -> {
            var n = db.newRecord(REPORT_SECTION);
            n.setPlanId(planId);
            n.setYear(year);
            n.setSection(section.name());
            n.setVersion(-1);
            return n;
        });
        r.setBody(text == null ? "" : text);
        r.setUpdatedBy(user.id());
        r.setUpdatedAt(OffsetDateTime.now(clock));
        r.setVersion(version + 1);
        r.store();
        audit.updated(PlanAccess.PLAN, planId, plan.regionCode(), "annual-report " + year + " " + section.name());
    }

    private Map<Section, AnnualReport.Text> texts(long planId, int year) {
        Map<Section, AnnualReport.Text> out = new EnumMap<>(Section.class);
        db.selectFrom(REPORT_SECTION)
                .where(REPORT_SECTION.PLAN_ID.eq(planId).and(REPORT_SECTION.YEAR.eq(year)))
                .forEach(r ->
                        out.put(Section.valueOf(r.getSection()), new AnnualReport.Text(r.getBody(), r.getVersion())));
        return out;
    }
}
