package id.sigap.support.internal;

import static id.sigap.support.internal.db.Tables.REPATRIATION_LEG;

import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseFiles.CasePersonRef;
import id.sigap.cases.CaseFiles.CaseSummary;
import id.sigap.region.Regions;
import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import id.sigap.support.LegProgress;
import id.sigap.support.LegStatus;
import id.sigap.support.RepatriationLeg;
import id.sigap.support.internal.db.tables.records.RepatriationLegRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Repatriation legs of victims and witnesses. The case's readers see them; its writers plan legs (appended in order);
 * the responsible agency's staff, or the case's writers, record how a leg goes ({@link LegProgress}).
 */
@Service
public class Repatriations {

    public static final String LEG = "repatriation-leg";

    private final DSLContext db;
    private final CaseFiles cases;
    private final Regions regions;
    private final ServicePlans plans;
    private final ServiceItemStore items;
    private final SupportAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final Visits visits;

    Repatriations(
            Visits visits,
            DSLContext db,
            CaseFiles cases,
            Regions regions,
            ServicePlans plans,
            ServiceItemStore items,
            SupportAccess access,
            AuditTrail audit,
            Clock clock) {
        this.db = db;
        this.cases = cases;
        this.regions = regions;
        this.plans = plans;
        this.items = items;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.visits = visits;
    }

    public record NewLeg(
            Long personId,
            String fromPlace,
            String toPlace,
            String toRegionCode,
            Long responsibleAgencyId,
            LocalDate plannedOn,
            String escortName) {}

    public List<RepatriationLeg> of(SigapUser user, long caseId) {
        SupportAccess.CaseView view = access.requireView(user, caseId);
        audit.read(LEG, caseId, view.summary().regionCode());
        return db
                .selectFrom(REPATRIATION_LEG)
                .where(REPATRIATION_LEG.CASE_ID.eq(caseId))
                .orderBy(REPATRIATION_LEG.PERSON_ID, REPATRIATION_LEG.SEQ)
                .fetch(this::toLeg)
                .stream()
                .filter(l -> view.shows(l.personId()))
                .toList();
    }

    @Transactional
    public RepatriationLeg add(SigapUser user, long caseId, NewLeg in) {
        CaseSummary c = cases.summary(caseId).orElseThrow(() -> new SigapException.NotFound("case.not-found"));
        access.requireCaseWrite(user, c);
        CasePersonRef person = person(caseId, in.personId());
        String from = place("fromPlace", in.fromPlace());
        String to = place("toPlace", in.toPlace());
        String toRegion = region(in.toRegionCode());
        long agencyId = agency(in.responsibleAgencyId());
        new LegProgress(LegStatus.PLANNED, null, null, in.escortName()).check(plans.today(), person.child());
        int seq = db.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.max(REPATRIATION_LEG.SEQ), 0))
                        .from(REPATRIATION_LEG)
                        .where(REPATRIATION_LEG.CASE_ID.eq(caseId))
                        .and(REPATRIATION_LEG.PERSON_ID.eq(person.personId()))
                        .fetchSingle()
                        .value1()
                + 1;
        RepatriationLegRecord r = db.newRecord(REPATRIATION_LEG);
        r.setCaseId(caseId);
        r.setPersonId(person.personId());
        r.setRegionCode(c.regionCode());
        r.setSeq(seq);
        r.setFromPlace(from);
        r.setToPlace(to);
        r.setToRegionCode(toRegion);
        r.setResponsibleAgencyId(agencyId);
        r.setPlannedOn(in.plannedOn());
        r.setStatus(LegStatus.PLANNED.name());
        r.setEscortName(
                in.escortName() == null || in.escortName().isBlank()
                        ? null
                        : in.escortName().strip());
        r.setRecordedByName(user.displayName());
        r.setUpdatedAt(OffsetDateTime.now(clock));
        r.setVersion(0);
        r.store();
        audit.created(LEG, r.getId(), c.regionCode());
        return toLeg(r);
    }

    @Transactional
    public RepatriationLeg progress(SigapUser user, long caseId, long legId, int version, LegProgress p) {
        return change(user, caseId, legId, version, null, p);
    }

    /**
     * Changes a leg over {@code version} (409 when stale): the case's writers may also change its route, agency and
     * planned date ({@code details}, null to keep them); the responsible agency's staff record only how it goes.
     */
    @Transactional
    public RepatriationLeg change(SigapUser user, long caseId, long legId, int version, NewLeg details, LegProgress p) {
        RepatriationLegRecord r = db.selectFrom(REPATRIATION_LEG)
                .where(REPATRIATION_LEG.ID.eq(legId).and(REPATRIATION_LEG.CASE_ID.eq(caseId)))
                .fetchOptional()
                .orElseThrow(() -> new SigapException.NotFound("repatriation.not-found"));
        CaseSummary c = cases.summary(caseId).orElseThrow(() -> new SigapException.NotFound("case.not-found"));
        boolean writer = access.mayWriteCase(user, c);
        if (!writer) {
            access.requireActsFor(user, r.getResponsibleAgencyId(), LEG, legId);
        }
        p.check(plans.today(), person(caseId, r.getPersonId()).child());
        var update = db.update(REPATRIATION_LEG)
                .set(REPATRIATION_LEG.STATUS, p.status().name())
                .set(REPATRIATION_LEG.DEPARTED_ON, p.departedOn())
                .set(REPATRIATION_LEG.ARRIVED_ON, p.arrivedOn())
                .set(REPATRIATION_LEG.ESCORT_NAME, p.escortName())
                .set(REPATRIATION_LEG.RECORDED_BY_NAME, user.displayName())
                .set(REPATRIATION_LEG.UPDATED_AT, OffsetDateTime.now(clock))
                .set(REPATRIATION_LEG.VERSION, REPATRIATION_LEG.VERSION.plus(1));
        if (writer && details != null) {
            update = update.set(REPATRIATION_LEG.FROM_PLACE, place("fromPlace", details.fromPlace()))
                    .set(REPATRIATION_LEG.TO_PLACE, place("toPlace", details.toPlace()))
                    .set(REPATRIATION_LEG.TO_REGION_CODE, region(details.toRegionCode()))
                    .set(REPATRIATION_LEG.RESPONSIBLE_AGENCY_ID, agency(details.responsibleAgencyId()))
                    .set(REPATRIATION_LEG.PLANNED_ON, details.plannedOn());
        }
        int n = update.where(REPATRIATION_LEG.ID.eq(legId).and(REPATRIATION_LEG.VERSION.eq(version)))
                .execute();
        if (n != 1) {
            throw new SigapException.Conflict("repatriation.version-conflict");
        }
        audit.updated(LEG, legId, r.getRegionCode(), "status=" + p.status().name());
        if (p.status() == LegStatus.DONE) {
            returned(c, r.getPersonId()).ifPresent(on -> visits.suggest(c, r.getPersonId(), on));
        }
        r.refresh();
        return toLeg(r);
    }

    /** The day the person came home: the last arrival once every leg is done or cancelled (and one is done). */
    private java.util.Optional<LocalDate> returned(CaseSummary c, long personId) {
        var legs = db.selectFrom(REPATRIATION_LEG)
                .where(REPATRIATION_LEG.CASE_ID.eq(c.id()).and(REPATRIATION_LEG.PERSON_ID.eq(personId)))
                .fetch();
        boolean travelling = legs.stream()
                .anyMatch(l -> l.getStatus().equals(LegStatus.PLANNED.name())
                        || l.getStatus().equals(LegStatus.IN_TRANSIT.name()));
        if (travelling) {
            return java.util.Optional.empty();
        }
        return legs.stream()
                .filter(l -> l.getStatus().equals(LegStatus.DONE.name()) && l.getArrivedOn() != null)
                .map(RepatriationLegRecord::getArrivedOn)
                .max(LocalDate::compareTo);
    }

    private String region(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        regions.require(code.strip(), "toRegionCode");
        return code.strip();
    }

    private long agency(Long id) {
        if (id == null || items.agencyName(id).startsWith("#")) {
            throw new SigapException.Invalid("responsibleAgencyId", "repatriation.agency-required");
        }
        return id;
    }

    private CasePersonRef person(long caseId, Long personId) {
        return plans.plannable(caseId).stream()
                .filter(p -> personId != null && p.personId() == personId)
                .findFirst()
                .orElseThrow(() -> new SigapException.Invalid("personId", "service.person-not-in-case"));
    }

    private static String place(String field, String s) {
        String v = s == null ? "" : s.strip();
        if (v.isEmpty()) {
            throw new SigapException.Invalid(field, "repatriation.place-required");
        }
        if (v.length() > 200) {
            throw new SigapException.Invalid(field, "service.text-too-long", 200);
        }
        return v;
    }

    private RepatriationLeg toLeg(RepatriationLegRecord r) {
        return new RepatriationLeg(
                r.getId(),
                r.getCaseId(),
                r.getPersonId(),
                r.getSeq(),
                r.getFromPlace(),
                r.getToPlace(),
                r.getToRegionCode(),
                r.getResponsibleAgencyId(),
                items.agencyName(r.getResponsibleAgencyId()),
                r.getPlannedOn(),
                r.getDepartedOn(),
                r.getArrivedOn(),
                LegStatus.valueOf(r.getStatus()),
                r.getEscortName(),
                r.getRecordedByName(),
                r.getVersion());
    }
}
