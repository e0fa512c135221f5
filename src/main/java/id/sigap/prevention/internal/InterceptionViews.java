package id.sigap.prevention.internal;

import static id.sigap.prevention.internal.db.Tables.INTERCEPTED_PERSON;
import static id.sigap.prevention.internal.db.Tables.INTERCEPTION;
import static id.sigap.prevention.internal.db.Tables.RECRUITER;

import id.sigap.cases.SensitiveValues;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.prevention.CrossingPoint;
import id.sigap.prevention.FollowUp;
import id.sigap.prevention.Headcount;
import id.sigap.prevention.IntendedJob;
import id.sigap.prevention.Interception;
import id.sigap.prevention.Interception.InterceptedPerson;
import id.sigap.prevention.Interception.Recruiter;
import id.sigap.security.AuditTrail;
import id.sigap.security.RegionScope;
import id.sigap.security.SigapUser;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;

/**
 * Reading interceptions: lists with counts within the reader's scope (paged, sorted), and one interception with its
 * persons and recruiters for those who may see persons (every person shown is audited as read).
 */
@Service
public class InterceptionViews {

    /** Sort orders of the list: by date (newest first by default), by place, by number of persons. */
    public enum Sort {
        DATE,
        DATE_ASC,
        PLACE,
        PERSONS
    }

    private static final Field<Integer> WOMEN = count("F", false).as("r_women");
    private static final Field<Integer> GIRLS = count("F", true).as("r_girls");
    private static final Field<Integer> MEN = count("M", false).as("r_men");
    private static final Field<Integer> BOYS = count("M", true).as("r_boys");
    private static final Field<Integer> VICTIMS = DSL.count()
            .filterWhere(INTERCEPTED_PERSON.FOLLOW_UP.eq(FollowUp.VICTIM.name()))
            .as("r_victims");
    private static final Field<Integer> SENT_HOME = DSL.count()
            .filterWhere(INTERCEPTED_PERSON.FOLLOW_UP.eq(FollowUp.SENT_HOME.name()))
            .as("r_sent_home");

    private final DSLContext db;
    private final CrossingPoints points;
    private final PreventionAccess access;
    private final Agencies agencies;
    private final AuditTrail audit;
    private final SensitiveValues sensitive;

    InterceptionViews(
            DSLContext db,
            CrossingPoints points,
            PreventionAccess access,
            Agencies agencies,
            AuditTrail audit,
            SensitiveValues sensitive) {
        this.db = db;
        this.points = points;
        this.access = access;
        this.agencies = agencies;
        this.audit = audit;
        this.sensitive = sensitive;
    }

    /**
     * Interceptions in the user's scope, optionally in the subtree of {@code regionCode} (refused, 403 audited, when
     * outside the scope) and in {@code year}. Counts only; persons only through {@link #read}.
     */
    public Page<Interception> list(SigapUser user, String regionCode, Integer year, Sort sort, PageRequest page) {
        if (regionCode != null) {
            access.requireCounts(user, regionCode);
        }
        RegionScope scope = access.countScope(user);
        if (scope.isEmpty()) {
            access.requireCounts(user, null);
        }
        Condition where = scope.condition(INTERCEPTION.REGION_CODE);
        if (regionCode != null) {
            where = where.and(RegionScope.of(List.of(regionCode)).condition(INTERCEPTION.REGION_CODE));
        }
        if (year != null) {
            where = where.and(
                    INTERCEPTION.INTERCEPTED_ON.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
        var registered = db.select(INTERCEPTED_PERSON.INTERCEPTION_ID, WOMEN, GIRLS, MEN, BOYS, VICTIMS, SENT_HOME)
                .from(INTERCEPTED_PERSON)
                .groupBy(INTERCEPTED_PERSON.INTERCEPTION_ID)
                .asTable("reg");
        Field<Long> regId = registered.field(INTERCEPTED_PERSON.INTERCEPTION_ID);
        Field<Integer> total = INTERCEPTION
                .WOMEN
                .plus(INTERCEPTION.GIRLS)
                .plus(INTERCEPTION.MEN)
                .plus(INTERCEPTION.BOYS)
                .plus(DSL.coalesce(registered.field(WOMEN), 0))
                .plus(DSL.coalesce(registered.field(GIRLS), 0))
                .plus(DSL.coalesce(registered.field(MEN), 0))
                .plus(DSL.coalesce(registered.field(BOYS), 0));
        long count = db.fetchCount(INTERCEPTION, where);
        Map<String, CrossingPoint> byCode =
                points.all().stream().collect(Collectors.toMap(CrossingPoint::code, Function.identity()));
        var rows = db.select(INTERCEPTION.fields())
                .select(registered.fields())
                .from(INTERCEPTION)
                .leftJoin(registered)
                .on(regId.eq(INTERCEPTION.ID))
                .where(where)
                .orderBy(order(sort, total))
                .limit(page.size())
                .offset(page.offset())
                .fetch(r -> of(r, registered, byCode, null, null));
        return new Page<>(rows, page.page(), page.size(), count);
    }

    /** One interception; persons and recruiters only for those who may see persons (audited as read). */
    public Interception read(SigapUser user, long id) {
        var registered = db.select(INTERCEPTED_PERSON.INTERCEPTION_ID, WOMEN, GIRLS, MEN, BOYS, VICTIMS, SENT_HOME)
                .from(INTERCEPTED_PERSON)
                .where(INTERCEPTED_PERSON.INTERCEPTION_ID.eq(id))
                .groupBy(INTERCEPTED_PERSON.INTERCEPTION_ID)
                .asTable("reg");
        Record r = db.select(INTERCEPTION.fields())
                .select(registered.fields())
                .from(INTERCEPTION)
                .leftJoin(registered)
                .on(registered.field(INTERCEPTED_PERSON.INTERCEPTION_ID).eq(INTERCEPTION.ID))
                .where(INTERCEPTION.ID.eq(id))
                .fetchOptional()
                .orElseThrow(() -> new SigapException.NotFound("prevention.not-found"));
        String region = r.get(INTERCEPTION.REGION_CODE);
        access.requireCountsOf(user, region, id);
        Map<String, CrossingPoint> byCode =
                points.all().stream().collect(Collectors.toMap(CrossingPoint::code, Function.identity()));
        if (!access.maySeePersons(user, region)) {
            return of(r, registered, byCode, null, null);
        }
        List<InterceptedPerson> persons = db.selectFrom(INTERCEPTED_PERSON)
                .where(INTERCEPTED_PERSON.INTERCEPTION_ID.eq(id))
                .orderBy(INTERCEPTED_PERSON.ID)
                .fetch(p -> new InterceptedPerson(
                        p.getId(),
                        p.getFullName(),
                        p.getSex(),
                        p.getBirthDate(),
                        p.getEstimatedAge() == null ? null : p.getEstimatedAge().intValue(),
                        p.getChild(),
                        p.getOriginRegionCode(),
                        p.getConsentGivenBy(),
                        p.getConsentGivenOn(),
                        FollowUp.valueOf(p.getFollowUp()),
                        p.getFollowUpOn(),
                        p.getCaseId(),
                        p.getCaseNumber(),
                        p.getVersion()));
        List<Recruiter> recruiters = db.selectFrom(RECRUITER)
                .where(RECRUITER.INTERCEPTION_ID.eq(id))
                .orderBy(RECRUITER.ID)
                .fetch(x -> new Recruiter(
                        x.getId(),
                        x.getFullName(),
                        x.getRole(),
                        x.getCompany(),
                        x.getPhoneSealed() == null
                                ? null
                                : sensitive.open(x.getPhoneSealed(), Interceptions.phoneContext(x.getId()))));
        persons.forEach(p -> audit.read(PreventionAccess.PERSON, p.id(), region));
        recruiters.forEach(x -> audit.read(PreventionAccess.PERSON, "recruiter:" + x.id(), region));
        return of(r, registered, byCode, persons, recruiters);
    }

    private Interception of(
            Record r,
            org.jooq.Table<?> registered,
            Map<String, CrossingPoint> points,
            List<InterceptedPerson> persons,
            List<Recruiter> recruiters) {
        Headcount uncounted = new Headcount(
                r.get(INTERCEPTION.WOMEN),
                r.get(INTERCEPTION.GIRLS),
                r.get(INTERCEPTION.MEN),
                r.get(INTERCEPTION.BOYS));
        Headcount reg = new Headcount(
                n(r.get(registered.field(WOMEN))),
                n(r.get(registered.field(GIRLS))),
                n(r.get(registered.field(MEN))),
                n(r.get(registered.field(BOYS))));
        long agencyId = r.get(INTERCEPTION.AGENCY_ID);
        String code = r.get(INTERCEPTION.CROSSING_POINT_CODE);
        return new Interception(
                r.get(INTERCEPTION.ID),
                r.get(INTERCEPTION.INTERCEPTED_ON),
                points.getOrDefault(code, new CrossingPoint(code, code, CrossingPoint.Kind.PORT, null)),
                r.get(INTERCEPTION.REGION_CODE),
                agencyId,
                agencies.find(agencyId).map(Agency::name).orElse(null),
                r.get(INTERCEPTION.DESTINATION_COUNTRY),
                IntendedJob.valueOf(r.get(INTERCEPTION.INTENDED_JOB)),
                uncounted,
                new Headcount(
                        uncounted.women() + reg.women(),
                        uncounted.girls() + reg.girls(),
                        uncounted.men() + reg.men(),
                        uncounted.boys() + reg.boys()),
                reg.total(),
                n(r.get(registered.field(VICTIMS))),
                n(r.get(registered.field(SENT_HOME))),
                r.get(INTERCEPTION.NOTES),
                r.get(INTERCEPTION.VERSION),
                persons,
                recruiters);
    }

    private static SortField<?>[] order(Sort sort, Field<Integer> total) {
        return switch (sort == null ? Sort.DATE : sort) {
            case DATE -> new SortField<?>[] {INTERCEPTION.INTERCEPTED_ON.desc(), INTERCEPTION.ID.desc()};
            case DATE_ASC -> new SortField<?>[] {INTERCEPTION.INTERCEPTED_ON.asc(), INTERCEPTION.ID.asc()};
            case PLACE ->
                new SortField<?>[] {INTERCEPTION.CROSSING_POINT_CODE.asc(), INTERCEPTION.INTERCEPTED_ON.desc()};
            case PERSONS -> new SortField<?>[] {total.desc(), INTERCEPTION.ID.desc()};
        };
    }

    private static Field<Integer> count(String sex, boolean child) {
        return DSL.count().filterWhere(INTERCEPTED_PERSON.SEX.eq(sex).and(INTERCEPTED_PERSON.CHILD.eq(child)));
    }

    private static int n(Integer v) {
        return v == null ? 0 : v;
    }
}
