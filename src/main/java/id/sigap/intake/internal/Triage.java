package id.sigap.intake.internal;

import id.sigap.cases.CaseFiles;
import id.sigap.intake.Report;
import id.sigap.intake.ReportStatus;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.region.RegionCodes;
import id.sigap.region.Regions;
import id.sigap.security.AccessPolicy;
import id.sigap.security.AuditTrail;
import id.sigap.security.RegionScope;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The triage queue and its decisions. Intake officers and case workers decide within their region scope; system
 * administrators may read. Every read of a report and every decision is audited; two officers deciding at once:
 * the second gets a conflict.
 */
@Service
public class Triage {

    public static final Role[] DECIDERS = {Role.INTAKE_OFFICER, Role.CASE_WORKER};
    public static final Role[] READERS = {Role.INTAKE_OFFICER, Role.CASE_WORKER, Role.SYSTEM_ADMIN};
    static final int MAX_REASON = 1000;

    private final ReportStore store;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Regions regions;
    private final Agencies agencies;
    private final ObjectProvider<CaseFiles> caseFiles;
    private final Clock clock;

    Triage(
            ReportStore store,
            AccessPolicy access,
            AuditTrail audit,
            Regions regions,
            Agencies agencies,
            ObjectProvider<CaseFiles> caseFiles,
            Clock clock) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.regions = regions;
        this.agencies = agencies;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    public RegionScope readScope(SigapUser user) {
        return access.scope(user, READERS);
    }

    public boolean mayDecide(SigapUser user, Report report) {
        boolean waiting = report.status().isOpen() || report.status() == ReportStatus.FORWARDED;
        return waiting && access.scope(user, DECIDERS).covers(report.regionCode());
    }

    @Transactional(readOnly = true)
    public Page<Report> queue(SigapUser user, ReportStore.Filter filter, PageRequest paging) {
        RegionScope scope = readScope(user);
        if (scope.isEmpty()) {
            throw new SigapException.NotAllowed("access.denied");
        }
        return store.page(scope, filter, paging);
    }

    public static ReportStore.Filter filter(ReportStatus status, id.sigap.intake.Channel channel, boolean openOnly) {
        return new ReportStore.Filter(status, channel, openOnly);
    }

    /** The report for a reader in scope; audited. A received report is now "in triage" when a decider opens it. */
    @Transactional
    public Report open(SigapUser user, long id) {
        Report report = store.byId(id).orElseThrow(() -> new SigapException.NotFound("report.not-found"));
        access.require(user, report.regionCode(), ReportIntake.AUDIT_TYPE, String.valueOf(id), READERS);
        audit.read(ReportIntake.AUDIT_TYPE, id, report.regionCode());
        if (report.status() == ReportStatus.RECEIVED
                && access.scope(user, DECIDERS).covers(report.regionCode())) {
            store.markInTriage(id, OffsetDateTime.now(clock));
            return store.byId(id).orElseThrow();
        }
        return report;
    }

    @Transactional
    public void close(SigapUser user, long id, int version, String reason) {
        Report report = decidable(user, id);
        decide(report, version, new ReportStore.Decision(ReportStatus.CLOSED, reason(reason), null, null, null));
    }

    @Transactional
    public void forward(SigapUser user, long id, int version, String regionCode, Long agencyId, String reason) {
        Report report = decidable(user, id);
        String why = reason(reason);
        String region = ReportRules.blankToNull(regionCode);
        if (region == null && agencyId == null) {
            throw new SigapException.Invalid("forwardRegion", "report.forward-target-required");
        }
        if (region != null && (!RegionCodes.isWellFormed(region) || !regions.exists(region))) {
            throw new SigapException.Invalid("forwardRegion", "report.region-unknown");
        }
        if (agencyId != null) {
            Agency agency = agencies.find(agencyId)
                    .orElseThrow(() -> new SigapException.Invalid("forwardAgency", "report.agency-unknown"));
            if (region == null && agency.regionCode() != null) {
                region = agency.regionCode();
            }
        }
        if (region != null && region.equals(report.regionCode()) && agencyId == null) {
            throw new SigapException.Invalid("forwardRegion", "report.forward-same-region");
        }
        decide(report, version, new ReportStore.Decision(ReportStatus.FORWARDED, why, null, region, agencyId));
    }

    /** Opens a case from the report, owned by the officer's agency in the report's region. */
    @Transactional
    public CaseFiles.OpenedCase openCase(SigapUser user, long id, int version, Long caseWorkerId) {
        Report report = decidable(user, id);
        if (report.regionCode() == null) {
            throw new SigapException.Invalid("regionCode", "report.region-required-for-case");
        }
        CaseFiles cases = cases();
        // the version is claimed first, so a second officer deciding at the same time opens no second case
        decide(report, version, new ReportStore.Decision(ReportStatus.HANDLED, null, null, null, null));
        String summary =
                report.description().length() > 500 ? report.description().substring(0, 500) : report.description();
        CaseFiles.OpenedCase opened = cases.open(new CaseFiles.NewCase(
                user.agencyId(),
                report.regionCode(),
                summary,
                report.id(),
                caseWorkerId,
                report.urgency().child(),
                report.urgency().abroad()));
        store.linkCase(id, opened.id());
        return opened;
    }

    /** Attaches the report to an existing case in the officer's scope. */
    @Transactional
    public void attach(SigapUser user, long id, int version, long caseId) {
        Report report = decidable(user, id);
        CaseFiles cases = cases();
        CaseFiles.CaseSummary target =
                cases.summary(caseId).orElseThrow(() -> new SigapException.Invalid("caseId", "report.case-unknown"));
        if (!access.scope(user, DECIDERS).covers(target.regionCode())) {
            throw new SigapException.Invalid("caseId", "report.case-unknown");
        }
        decide(report, version, new ReportStore.Decision(ReportStatus.HANDLED, null, caseId, null, null));
        cases.attachReport(caseId, id);
    }

    public List<CaseFiles.PersonHint> hints(SigapUser user, Report report) {
        CaseFiles cases = caseFiles.getIfAvailable();
        if (cases == null || report.personName() == null) {
            return List.of();
        }
        return cases.similarPersons(
                new CaseFiles.PersonProbe(report.personName(), null, null, report.regionCode()),
                access.scope(user, DECIDERS),
                5);
    }

    private CaseFiles cases() {
        CaseFiles cases = caseFiles.getIfAvailable();
        if (cases == null) {
            throw new SigapException.Conflict("report.cases-unavailable");
        }
        return cases;
    }

    private Report decidable(SigapUser user, long id) {
        Report report = store.byId(id).orElseThrow(() -> new SigapException.NotFound("report.not-found"));
        access.require(user, report.regionCode(), ReportIntake.AUDIT_TYPE, String.valueOf(id), DECIDERS);
        return report;
    }

    private void decide(Report report, int version, ReportStore.Decision decision) {
        if (report.version() != version) {
            throw new SigapException.Conflict("report.already-decided");
        }
        if (!report.status().isOpen() && report.status() != ReportStatus.FORWARDED) {
            throw new SigapException.Conflict("report.already-decided");
        }
        if (!store.decide(report.id(), version, decision, OffsetDateTime.now(clock))) {
            throw new SigapException.Conflict("report.already-decided");
        }
        audit.updated(
                ReportIntake.AUDIT_TYPE,
                report.id(),
                report.regionCode(),
                "status=" + decision.status().name());
    }

    private static String reason(String reason) {
        String r = ReportRules.blankToNull(reason);
        if (r == null) {
            throw new SigapException.Invalid("reason", "report.reason-required");
        }
        if (r.length() > MAX_REASON) {
            throw new SigapException.Invalid("reason", "report.too-long", MAX_REASON);
        }
        return r;
    }
}
