package id.sigap.cases.internal;

import static id.sigap.cases.internal.db.Tables.ROUTE_EVENT;

import id.sigap.region.Regions;
import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The route of a case: dated events at a region of Indonesia or in a country abroad; written by case writers. */
@Service
public class CaseRoute {

    public static final List<String> STAGES =
            List.of("RECRUITMENT", "TRANSIT", "EXPLOITATION", "INTERCEPTION", "RESCUE", "RETURN");
    public static final List<String> TRANSPORTS = List.of("LAND", "SEA", "AIR", "ON_FOOT", "OTHER");

    private final DSLContext db;
    private final CaseRegister cases;
    private final CaseAccess access;
    private final Regions regions;
    private final AuditTrail audit;
    private final Clock clock;

    CaseRoute(DSLContext db, CaseRegister cases, CaseAccess access, Regions regions, AuditTrail audit, Clock clock) {
        this.db = db;
        this.cases = cases;
        this.access = access;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** One stop of the route; exactly one of {@code regionCode} (Indonesia) and {@code country} (abroad). */
    public record Event(
            Long id,
            String stage,
            LocalDate date,
            String regionCode,
            String country,
            String placeName,
            String transport) {}

    public List<Event> of(long caseId) {
        return db.selectFrom(ROUTE_EVENT)
                .where(ROUTE_EVENT.CASE_ID.eq(caseId))
                .orderBy(ROUTE_EVENT.EVENT_DATE.asc().nullsLast(), ROUTE_EVENT.ID)
                .fetch(r -> new Event(
                        r.getId(),
                        r.getStage(),
                        r.getEventDate(),
                        r.getRegionCode(),
                        r.getCountryIso2(),
                        r.getPlaceName(),
                        r.getTransport()));
    }

    @Transactional
    public long add(SigapUser user, long caseId, Event e) {
        CaseRow c = cases.find(caseId);
        access.requireWrite(user, c.regionCode(), CaseAccess.CASE, caseId);
        check(e);
        long id = db.insertInto(ROUTE_EVENT)
                .set(ROUTE_EVENT.CASE_ID, caseId)
                .set(ROUTE_EVENT.STAGE, e.stage())
                .set(ROUTE_EVENT.EVENT_DATE, e.date())
                .set(ROUTE_EVENT.REGION_CODE, e.regionCode())
                .set(ROUTE_EVENT.COUNTRY_ISO2, e.country())
                .set(ROUTE_EVENT.PLACE_NAME, e.placeName())
                .set(ROUTE_EVENT.TRANSPORT, e.transport())
                .set(ROUTE_EVENT.CREATED_AT, OffsetDateTime.now(clock))
                .returning(ROUTE_EVENT.ID)
                .fetchSingle(ROUTE_EVENT.ID);
        audit.updated(CaseAccess.CASE, caseId, c.regionCode(), "route:+" + id);
        return id;
    }

    @Transactional
    public void remove(SigapUser user, long caseId, long eventId) {
        CaseRow c = cases.find(caseId);
        access.requireWrite(user, c.regionCode(), CaseAccess.CASE, caseId);
        int deleted = db.deleteFrom(ROUTE_EVENT)
                .where(ROUTE_EVENT.ID.eq(eventId).and(ROUTE_EVENT.CASE_ID.eq(caseId)))
                .execute();
        if (deleted == 0) {
            throw new SigapException.NotFound("case.route-event-not-found");
        }
        audit.updated(CaseAccess.CASE, caseId, c.regionCode(), "route:-" + eventId);
    }

    private void check(Event e) {
        List<FieldProblem> problems = new ArrayList<>();
        if (e.stage() == null || !STAGES.contains(e.stage())) {
            problems.add(new FieldProblem("stage", "route.stage-unknown"));
        }
        if (e.transport() != null && !Set.copyOf(TRANSPORTS).contains(e.transport())) {
            problems.add(new FieldProblem("transport", "route.transport-unknown"));
        }
        if (e.date() != null && e.date().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("date", "route.date-future"));
        }
        if ((e.regionCode() == null) == (e.country() == null)) {
            problems.add(new FieldProblem("regionCode", "route.place-required"));
        } else if (e.regionCode() != null && !regions.exists(e.regionCode())) {
            problems.add(new FieldProblem("regionCode", "route.region-unknown"));
        } else if (e.country() != null
                && (!e.country().matches("[A-Z]{2}")
                        || regions.country(e.country()).isEmpty())) {
            problems.add(new FieldProblem("country", "route.country-unknown"));
        }
        if (e.placeName() != null && e.placeName().length() > 200) {
            problems.add(new FieldProblem("placeName", "person.text-too-long", 200));
        }
        if (!problems.isEmpty()) {
            throw new SigapException.Invalid(problems);
        }
    }
}
