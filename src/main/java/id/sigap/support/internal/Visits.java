package id.sigap.support.internal;

import static id.sigap.support.internal.db.Tables.REINTEGRATION_VISIT;
import static id.sigap.support.internal.db.Tables.SERVICE_ITEM;

import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseFiles.CaseSummary;
import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import id.sigap.support.Livelihood;
import id.sigap.support.LivingSituation;
import id.sigap.support.ReintegrationVisit;
import id.sigap.support.RetraffickingRisk;
import id.sigap.support.ServiceType;
import id.sigap.support.VisitInput;
import id.sigap.support.internal.db.tables.records.ReintegrationVisitRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reintegration follow-up visits. They are suggested at {@link #MONTHS} months after a person's return (when the last
 * repatriation leg arrives, or from a return date the case's writers enter), and recorded by the visiting agency's
 * staff or the case's writers. Read like the service plan ({@link SupportAccess#requireView}).
 */
@Service
public class Visits {

    public static final String VISIT = "reintegration-visit";
    public static final int[] MONTHS = {3, 6, 12};

    private final DSLContext db;
    private final CaseFiles cases;
    private final ServicePlans plans;
    private final ServiceItemStore items;
    private final SupportAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    Visits(
            DSLContext db,
            CaseFiles cases,
            ServicePlans plans,
            ServiceItemStore items,
            SupportAccess access,
            AuditTrail audit,
            Clock clock) {
        this.db = db;
        this.cases = cases;
        this.plans = plans;
        this.items = items;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ReintegrationVisit> of(SigapUser user, long caseId) {
        SupportAccess.CaseView view = access.requireView(user, caseId);
        audit.read(VISIT, caseId, view.summary().regionCode());
        LocalDate today = plans.today();
        return db
                .selectFrom(REINTEGRATION_VISIT)
                .where(REINTEGRATION_VISIT.CASE_ID.eq(caseId))
                .orderBy(REINTEGRATION_VISIT.PERSON_ID, REINTEGRATION_VISIT.MONTHS_AFTER_RETURN)
                .fetch(r -> toVisit(r, today))
                .stream()
                .filter(v -> view.shows(v.personId()))
                .toList();
    }

    /** The case's writers enter a person's return date by hand; the visits are suggested from it. */
    @Transactional
    public List<ReintegrationVisit> schedule(SigapUser user, long caseId, Long personId, LocalDate returnedOn) {
        CaseSummary c = cases.summary(caseId).orElseThrow(() -> new SigapException.NotFound("case.not-found"));
        access.requireCaseWrite(user, c);
        if (personId == null || plans.plannable(caseId).stream().noneMatch(p -> p.personId() == personId)) {
            throw new SigapException.Invalid("personId", "service.person-not-in-case");
        }
        if (returnedOn == null) {
            throw new SigapException.Invalid("returnedOn", "visit.return-required");
        }
        if (returnedOn.isAfter(plans.today())) {
            throw new SigapException.Invalid("returnedOn", "service.date-future");
        }
        suggest(c, personId, returnedOn);
        return of(user, caseId).stream().filter(v -> v.personId() == personId).toList();
    }

    /**
     * Suggests the visits of a person who returned on {@code returnedOn}; visits not yet made move with a new return
     * date, made ones stay. Audited.
     */
    void suggest(CaseSummary c, long personId, LocalDate returnedOn) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Long agency = visitingAgency(c, personId);
        for (int m : MONTHS) {
            db.insertInto(REINTEGRATION_VISIT)
                    .set(REINTEGRATION_VISIT.CASE_ID, c.id())
                    .set(REINTEGRATION_VISIT.PERSON_ID, personId)
                    .set(REINTEGRATION_VISIT.REGION_CODE, c.regionCode())
                    .set(REINTEGRATION_VISIT.PROVINCE_CODE, c.regionCode().substring(0, 2))
                    .set(REINTEGRATION_VISIT.AGENCY_ID, agency)
                    .set(REINTEGRATION_VISIT.MONTHS_AFTER_RETURN, m)
                    .set(REINTEGRATION_VISIT.RETURNED_ON, returnedOn)
                    .set(REINTEGRATION_VISIT.DUE_ON, returnedOn.plusMonths(m))
                    .set(REINTEGRATION_VISIT.CREATED_AT, now)
                    .set(REINTEGRATION_VISIT.UPDATED_AT, now)
                    .onConflict(
                            REINTEGRATION_VISIT.CASE_ID,
                            REINTEGRATION_VISIT.PERSON_ID,
                            REINTEGRATION_VISIT.MONTHS_AFTER_RETURN)
                    .doUpdate()
                    .set(REINTEGRATION_VISIT.RETURNED_ON, returnedOn)
                    .set(REINTEGRATION_VISIT.DUE_ON, returnedOn.plusMonths(m))
                    .set(REINTEGRATION_VISIT.UPDATED_AT, now)
                    .set(REINTEGRATION_VISIT.VERSION, REINTEGRATION_VISIT.VERSION.plus(1))
                    .where(REINTEGRATION_VISIT.VISITED_ON.isNull())
                    .execute();
        }
        audit.updated(VISIT, personId, c.regionCode(), "visits suggested from returnedOn=" + returnedOn);
    }

    /** Records a visit over {@code in.version()} (409 when stale): the case's writers or the visiting agency's staff. */
    @Transactional
    public ReintegrationVisit record(SigapUser user, long caseId, long visitId, VisitInput in) {
        ReintegrationVisitRecord r = db.selectFrom(REINTEGRATION_VISIT)
                .where(REINTEGRATION_VISIT.ID.eq(visitId).and(REINTEGRATION_VISIT.CASE_ID.eq(caseId)))
                .fetchOptional()
                .orElseThrow(() -> new SigapException.NotFound("visit.not-found"));
        CaseSummary c = cases.summary(caseId).orElseThrow(() -> new SigapException.NotFound("case.not-found"));
        if (!access.mayWriteCase(user, c)) {
            access.requireActsFor(user, r.getAgencyId(), VISIT, visitId);
        }
        in.check(plans.today(), r.getReturnedOn());
        int n = db.update(REINTEGRATION_VISIT)
                .set(REINTEGRATION_VISIT.VISITED_ON, in.visitedOn())
                .set(REINTEGRATION_VISIT.LIVING_SITUATION, in.livingSituation().name())
                .set(REINTEGRATION_VISIT.LIVELIHOOD, in.livelihood().name())
                .set(REINTEGRATION_VISIT.RISK, in.risk().name())
                .set(REINTEGRATION_VISIT.NOTES, in.notes())
                .set(REINTEGRATION_VISIT.RECORDED_BY, user.id() > 0 ? user.id() : null)
                .set(REINTEGRATION_VISIT.RECORDED_BY_NAME, user.displayName())
                .set(REINTEGRATION_VISIT.UPDATED_AT, OffsetDateTime.now(clock))
                .set(REINTEGRATION_VISIT.VERSION, REINTEGRATION_VISIT.VERSION.plus(1))
                .where(REINTEGRATION_VISIT.ID.eq(visitId).and(REINTEGRATION_VISIT.VERSION.eq(in.version())))
                .execute();
        if (n != 1) {
            throw new SigapException.Conflict("visit.version-conflict");
        }
        audit.updated(VISIT, visitId, r.getRegionCode(), "risk=" + in.risk().name());
        r.refresh();
        return toVisit(r, plans.today());
    }

    /** The provider of the person's social reintegration service, else the case's owning agency. */
    private Long visitingAgency(CaseSummary c, long personId) {
        Long provider = db.select(SERVICE_ITEM.PROVIDER_AGENCY_ID)
                .from(SERVICE_ITEM)
                .where(SERVICE_ITEM.CASE_ID.eq(c.id()))
                .and(SERVICE_ITEM.PERSON_ID.eq(personId))
                .and(SERVICE_ITEM.SERVICE.eq(ServiceType.SOCIAL_REINTEGRATION.name()))
                .and(SERVICE_ITEM.PROVIDER_AGENCY_ID.isNotNull())
                .orderBy(SERVICE_ITEM.ID.desc())
                .limit(1)
                .fetchOptional(SERVICE_ITEM.PROVIDER_AGENCY_ID)
                .orElse(null);
        return provider != null ? provider : c.owningAgencyId();
    }

    ReintegrationVisit toVisit(ReintegrationVisitRecord r, LocalDate today) {
        return new ReintegrationVisit(
                r.getId(),
                r.getCaseId(),
                r.getPersonId(),
                r.getMonthsAfterReturn(),
                r.getReturnedOn(),
                r.getDueOn(),
                r.getAgencyId(),
                r.getAgencyId() == null ? null : items.agencyName(r.getAgencyId()),
                r.getVisitedOn(),
                r.getLivingSituation() == null ? null : LivingSituation.valueOf(r.getLivingSituation()),
                r.getLivelihood() == null ? null : Livelihood.valueOf(r.getLivelihood()),
                r.getRisk() == null ? null : RetraffickingRisk.valueOf(r.getRisk()),
                r.getNotes(),
                r.getRecordedByName(),
                r.getVersion(),
                ReintegrationVisit.state(r.getDueOn(), r.getVisitedOn(), today));
    }
}
