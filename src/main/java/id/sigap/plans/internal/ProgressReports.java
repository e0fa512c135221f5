package id.sigap.plans.internal;

import static id.sigap.plans.internal.db.Tables.PROGRESS_REPORT;

import id.sigap.plans.ActionPlan;
import id.sigap.plans.Indicator;
import id.sigap.plans.ProgressReport;
import id.sigap.plans.ReportStatus;
import id.sigap.plans.internal.db.tables.records.ProgressReportRecord;
import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quarterly progress reports: submitted (or resubmitted after a return) by users of the indicator's responsible
 * agency, reviewed and then approved or returned with a reason by the plan's secretary. A report is due {@code
 * sigap.plans.report-due-days} (default 15) days after the quarter ends and is flagged late when submitted after.
 */
@Service
public class ProgressReports {

    /** What the responsible agency reports for a quarter. */
    public record ReportInput(Integer year, Integer quarter, BigDecimal value, String narrative, String obstacles) {}

    private final DSLContext db;
    private final PlanStore plans;
    private final PlanIndicators indicators;
    private final PlanAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final int dueDays;

    ProgressReports(
            DSLContext db,
            PlanStore plans,
            PlanIndicators indicators,
            PlanAccess access,
            AuditTrail audit,
            Clock clock,
            @Value("${sigap.plans.report-due-days:15}") int dueDays) {
        this.db = db;
        this.plans = plans;
        this.indicators = indicators;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.dueDays = dueDays;
    }

    public int dueDays() {
        return dueDays;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Quarters.WIB));
    }

    /** Whether the user reports for the indicator: staff of its responsible agency, for a typed indicator. */
    public boolean mayReport(SigapUser user, Indicator indicator) {
        return !indicator.computed() && indicator.responsibleAgencyId() == user.agencyId() && access.isStaff(user);
    }

    @Transactional
    public ProgressReport submit(SigapUser user, long indicatorId, ReportInput in, Integer version) {
        Indicator indicator = indicators.find(indicatorId);
        ActionPlan plan = plans.find(indicator.planId());
        access.require(mayReport(user, indicator), PlanAccess.INDICATOR, indicatorId, plan.regionCode());
        Inputs check = new Inputs();
        check.check(in.year() != null && plan.covers(in.year()), "year", "plans.year-outside-period");
        check.check(in.quarter() != null && in.quarter() >= 1 && in.quarter() <= 4, "quarter", "plans.quarter-invalid");
        check.amount("value", in.value(), true);
        String narrative = check.text("narrative", in.narrative(), 4000, false);
        String obstacles = check.text("obstacles", in.obstacles(), 4000, false);
        check.done();
        LocalDate today = today();
        if (Quarters.start(in.year(), in.quarter()).isAfter(today)) {
            throw new SigapException.Invalid("quarter", "plans.quarter-future");
        }
        ProgressReportRecord r = db.fetchOptional(
                        PROGRESS_REPORT,
                        PROGRESS_REPORT
                                .INDICATOR_ID
                                .eq(indicatorId)
                                .and(PROGRESS_REPORT.YEAR.eq(in.year()))
                                .and(PROGRESS_REPORT.QUARTER.eq(in.quarter())))
                .orElse(null);
        if (r != null) {
            if (!ReportStatus.RETURNED.name().equals(r.getStatus())) {
                throw new SigapException.Conflict("plans.report-exists");
            }
            if (version == null || r.getVersion() != version) {
                throw new SigapException.Conflict("plans.version-conflict");
            }
            r.setVersion(version + 1);
        } else {
            r = db.newRecord(PROGRESS_REPORT);
            r.setIndicatorId(indicatorId);
            r.setYear(in.year());
            r.setQuarter(in.quarter());
            r.setVersion(0);
        }
        LocalDate due = Quarters.due(in.year(), in.quarter(), dueDays);
        r.setValue(in.value());
        r.setNarrative(narrative);
        r.setObstacles(obstacles);
        r.setStatus(ReportStatus.SUBMITTED.name());
        r.setReturnReason(null);
        r.setAgencyId(user.agencyId());
        r.setSubmittedBy(user.id());
        r.setSubmittedAt(OffsetDateTime.now(clock));
        r.setDueOn(due);
        r.setLate(today.isAfter(due));
        r.store();
        audit.created(PlanAccess.REPORT, r.getId(), plan.regionCode());
        return of(r);
    }

    /** The secretary marks a submitted report as reviewed. */
    @Transactional
    public ProgressReport review(SigapUser user, long id, int version) {
        return decide(user, id, version, ReportStatus.SUBMITTED, ReportStatus.REVIEWED, null);
    }

    @Transactional
    public ProgressReport approve(SigapUser user, long id, int version) {
        return decide(user, id, version, ReportStatus.REVIEWED, ReportStatus.APPROVED, null);
    }

    @Transactional
    public ProgressReport sendBack(SigapUser user, long id, int version, String reason) {
        Inputs check = new Inputs();
        String r = check.text("reason", reason, 1000, true);
        check.done();
        return decide(user, id, version, ReportStatus.REVIEWED, ReportStatus.RETURNED, r);
    }

    private ProgressReport decide(
            SigapUser user, long id, int version, ReportStatus from, ReportStatus to, String reason) {
        ProgressReportRecord r = record(id);
        Indicator indicator = indicators.find(r.getIndicatorId());
        ActionPlan plan = plans.find(indicator.planId());
        access.requireEdit(user, plan.regionCode(), PlanAccess.REPORT, id);
        if (r.getVersion() != version) {
            throw new SigapException.Conflict("plans.version-conflict");
        }
        if (!from.name().equals(r.getStatus())) {
            throw new SigapException.Conflict("plans.report-wrong-status");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        r.setStatus(to.name());
        r.setReturnReason(reason);
        if (to == ReportStatus.REVIEWED) {
            r.setReviewedBy(user.id());
            r.setReviewedAt(now);
        } else {
            r.setDecidedBy(user.id());
            r.setDecidedAt(now);
        }
        r.setVersion(version + 1);
        r.store();
        audit.updated(PlanAccess.REPORT, id, plan.regionCode(), "status=" + to.name());
        return of(r);
    }

    @Transactional(readOnly = true)
    public List<ProgressReport> ofIndicator(long indicatorId) {
        return db.selectFrom(PROGRESS_REPORT)
                .where(PROGRESS_REPORT.INDICATOR_ID.eq(indicatorId))
                .orderBy(PROGRESS_REPORT.YEAR.desc(), PROGRESS_REPORT.QUARTER.desc())
                .fetch(ProgressReports::of);
    }

    /** Reports of every indicator of the plan in one year. */
    @Transactional(readOnly = true)
    public List<ProgressReport> ofPlanYear(List<Long> indicatorIds, int year) {
        return db.selectFrom(PROGRESS_REPORT)
                .where(PROGRESS_REPORT.INDICATOR_ID.in(indicatorIds))
                .and(PROGRESS_REPORT.YEAR.eq(year))
                .orderBy(PROGRESS_REPORT.INDICATOR_ID, PROGRESS_REPORT.QUARTER)
                .fetch(ProgressReports::of);
    }

    @Transactional(readOnly = true)
    public ProgressReport find(long id) {
        return of(record(id));
    }

    private ProgressReportRecord record(long id) {
        return db.fetchOptional(PROGRESS_REPORT, PROGRESS_REPORT.ID.eq(id))
                .orElseThrow(() -> new SigapException.NotFound("plans.report-not-found"));
    }

    static ProgressReport of(ProgressReportRecord r) {
        return new ProgressReport(
                r.getId(),
                r.getIndicatorId(),
                r.getYear(),
                r.getQuarter(),
                r.getValue(),
                r.getNarrative(),
                r.getObstacles(),
                ReportStatus.valueOf(r.getStatus()),
                r.getReturnReason(),
                r.getAgencyId(),
                r.getSubmittedAt(),
                r.getDueOn(),
                r.getLate(),
                r.getVersion());
    }
}
