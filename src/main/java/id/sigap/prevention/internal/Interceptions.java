package id.sigap.prevention.internal;

import static id.sigap.prevention.internal.db.Tables.INTERCEPTED_PERSON;
import static id.sigap.prevention.internal.db.Tables.INTERCEPTION;
import static id.sigap.prevention.internal.db.Tables.RECRUITER;

import id.sigap.cases.SensitiveValues;
import id.sigap.prevention.CrossingPoint;
import id.sigap.prevention.FollowUp;
import id.sigap.prevention.internal.InterceptionInput.Person;
import id.sigap.prevention.internal.InterceptionInput.RecruiterInput;
import id.sigap.prevention.internal.db.tables.records.InterceptionRecord;
import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.Jakarta;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording interceptions: the header (optimistic locking on {@code version}), persons registered with consent,
 * recruiters (phone sealed), and sending a person home. Writes of persons are audited; the region of an interception
 * is the region of its crossing point, and only field officers whose scope covers it may write.
 */
@Service
public class Interceptions {

    private final DSLContext db;
    private final InterceptionRules rules;
    private final CrossingPoints points;
    private final PreventionAccess access;
    private final AuditTrail audit;
    private final SensitiveValues sensitive;
    private final Clock clock;

    Interceptions(
            DSLContext db,
            InterceptionRules rules,
            CrossingPoints points,
            PreventionAccess access,
            AuditTrail audit,
            SensitiveValues sensitive,
            Clock clock) {
        this.db = db;
        this.rules = rules;
        this.points = points;
        this.access = access;
        this.audit = audit;
        this.sensitive = sensitive;
        this.clock = clock;
    }

    /** Records an interception (and the recruiter named with it, if any) in the region of its crossing point. */
    @Transactional
    public long create(SigapUser user, InterceptionInput in, RecruiterInput recruiter) {
        long id = create(user, in);
        if (recruiter != null) {
            addRecruiter(user, id, recruiter);
        }
        return id;
    }

    @Transactional
    public long create(SigapUser user, InterceptionInput in) {
        rules.check(in);
        CrossingPoint point = points.find(in.crossingPointCode()).orElseThrow();
        access.requireRecord(user, point.regionCode(), null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = db.insertInto(INTERCEPTION)
                .set(INTERCEPTION.INTERCEPTED_ON, in.interceptedOn())
                .set(INTERCEPTION.CROSSING_POINT_CODE, point.code())
                .set(INTERCEPTION.REGION_CODE, point.regionCode())
                .set(INTERCEPTION.PROVINCE_CODE, point.regionCode().substring(0, 2))
                .set(INTERCEPTION.AGENCY_ID, user.agencyId())
                .set(INTERCEPTION.DESTINATION_COUNTRY, in.destinationCountry())
                .set(INTERCEPTION.INTENDED_JOB, in.intendedJob())
                .set(INTERCEPTION.WOMEN, in.uncounted().women())
                .set(INTERCEPTION.GIRLS, in.uncounted().girls())
                .set(INTERCEPTION.MEN, in.uncounted().men())
                .set(INTERCEPTION.BOYS, in.uncounted().boys())
                .set(INTERCEPTION.NOTES, blankToNull(in.notes()))
                .set(INTERCEPTION.RECORDED_BY, user.id() > 0 ? user.id() : null)
                .set(INTERCEPTION.CREATED_AT, now)
                .set(INTERCEPTION.UPDATED_AT, now)
                .returning(INTERCEPTION.ID)
                .fetchSingle(INTERCEPTION.ID);
        audit.created(PreventionAccess.INTERCEPTION, id, point.regionCode());
        return id;
    }

    @Transactional
    public void update(SigapUser user, long id, Integer version, InterceptionInput in) {
        InterceptionRecord row = writable(user, id);
        rules.check(in);
        CrossingPoint point = points.find(in.crossingPointCode()).orElseThrow();
        access.requireRecord(user, point.regionCode(), id);
        int updated = db.update(INTERCEPTION)
                .set(INTERCEPTION.INTERCEPTED_ON, in.interceptedOn())
                .set(INTERCEPTION.CROSSING_POINT_CODE, point.code())
                .set(INTERCEPTION.REGION_CODE, point.regionCode())
                .set(INTERCEPTION.PROVINCE_CODE, point.regionCode().substring(0, 2))
                .set(INTERCEPTION.DESTINATION_COUNTRY, in.destinationCountry())
                .set(INTERCEPTION.INTENDED_JOB, in.intendedJob())
                .set(INTERCEPTION.WOMEN, in.uncounted().women())
                .set(INTERCEPTION.GIRLS, in.uncounted().girls())
                .set(INTERCEPTION.MEN, in.uncounted().men())
                .set(INTERCEPTION.BOYS, in.uncounted().boys())
                .set(INTERCEPTION.NOTES, blankToNull(in.notes()))
                .set(INTERCEPTION.UPDATED_AT, OffsetDateTime.now(clock))
                .set(INTERCEPTION.VERSION, INTERCEPTION.VERSION.plus(1))
                .where(INTERCEPTION.ID.eq(id))
                .and(INTERCEPTION.VERSION.eq(requireVersion(version)))
                .execute();
        if (updated == 0) {
            throw new SigapException.Conflict("prevention.stale");
        }
        audit.updated(PreventionAccess.INTERCEPTION, id, row.getRegionCode(), "header");
    }

    /** Deletes the interception with its persons and recruiters; refused once a person was identified as a victim. */
    @Transactional
    public void delete(SigapUser user, long id, Integer version) {
        InterceptionRecord row = writable(user, id);
        if (db.fetchExists(
                INTERCEPTED_PERSON,
                INTERCEPTED_PERSON
                        .INTERCEPTION_ID
                        .eq(id)
                        .and(INTERCEPTED_PERSON.FOLLOW_UP.eq(FollowUp.VICTIM.name())))) {
            throw new SigapException.Conflict("prevention.has-victims");
        }
        var persons = db.select(INTERCEPTED_PERSON.ID)
                .from(INTERCEPTED_PERSON)
                .where(INTERCEPTED_PERSON.INTERCEPTION_ID.eq(id))
                .fetch(INTERCEPTED_PERSON.ID);
        int deleted = db.deleteFrom(INTERCEPTION)
                .where(INTERCEPTION.ID.eq(id))
                .and(INTERCEPTION.VERSION.eq(requireVersion(version)))
                .execute();
        if (deleted == 0) {
            throw new SigapException.Conflict("prevention.stale");
        }
        persons.forEach(p -> audit.deleted(PreventionAccess.PERSON, p, row.getRegionCode()));
        audit.deleted(PreventionAccess.INTERCEPTION, id, row.getRegionCode());
    }

    @Transactional
    public long addPerson(SigapUser user, long id, Person p) {
        InterceptionRecord row = writable(user, id);
        rules.check(p, row.getInterceptedOn());
        OffsetDateTime now = OffsetDateTime.now(clock);
        long personId = db.insertInto(INTERCEPTED_PERSON)
                .set(INTERCEPTED_PERSON.INTERCEPTION_ID, id)
                .set(INTERCEPTED_PERSON.REGION_CODE, row.getRegionCode())
                .set(INTERCEPTED_PERSON.FULL_NAME, p.fullName().strip())
                .set(INTERCEPTED_PERSON.SEX, p.sex())
                .set(INTERCEPTED_PERSON.BIRTH_DATE, p.birthDate())
                .set(
                        INTERCEPTED_PERSON.ESTIMATED_AGE,
                        p.estimatedAge() == null ? null : p.estimatedAge().shortValue())
                .set(
                        INTERCEPTED_PERSON.CHILD,
                        InterceptionRules.isChild(p.birthDate(), p.estimatedAge(), row.getInterceptedOn()))
                .set(INTERCEPTED_PERSON.ORIGIN_REGION_CODE, p.originRegionCode())
                .set(INTERCEPTED_PERSON.CONSENT_GIVEN_BY, p.consentGivenBy())
                .set(INTERCEPTED_PERSON.CONSENT_GIVEN_ON, p.consentGivenOn())
                .set(INTERCEPTED_PERSON.CREATED_AT, now)
                .set(INTERCEPTED_PERSON.UPDATED_AT, now)
                .returning(INTERCEPTED_PERSON.ID)
                .fetchSingle(INTERCEPTED_PERSON.ID);
        audit.created(PreventionAccess.PERSON, personId, row.getRegionCode());
        return personId;
    }

    @Transactional
    public void removePerson(SigapUser user, long id, long personId, Integer version) {
        InterceptionRecord row = writable(user, id);
        int deleted = db.deleteFrom(INTERCEPTED_PERSON)
                .where(INTERCEPTED_PERSON.ID.eq(personId))
                .and(INTERCEPTED_PERSON.INTERCEPTION_ID.eq(id))
                .and(INTERCEPTED_PERSON.FOLLOW_UP.ne(FollowUp.VICTIM.name()))
                .and(INTERCEPTED_PERSON.VERSION.eq(requireVersion(version)))
                .execute();
        if (deleted == 0) {
            throw new SigapException.Conflict("prevention.stale");
        }
        audit.deleted(PreventionAccess.PERSON, personId, row.getRegionCode());
    }

    @Transactional
    public void sendHome(SigapUser user, long id, long personId, Integer version) {
        InterceptionRecord row = writable(user, id);
        int updated = db.update(INTERCEPTED_PERSON)
                .set(INTERCEPTED_PERSON.FOLLOW_UP, FollowUp.SENT_HOME.name())
                .set(INTERCEPTED_PERSON.FOLLOW_UP_ON, Jakarta.today(clock))
                .set(INTERCEPTED_PERSON.UPDATED_AT, OffsetDateTime.now(clock))
                .set(INTERCEPTED_PERSON.VERSION, INTERCEPTED_PERSON.VERSION.plus(1))
                .where(INTERCEPTED_PERSON.ID.eq(personId))
                .and(INTERCEPTED_PERSON.INTERCEPTION_ID.eq(id))
                .and(INTERCEPTED_PERSON.FOLLOW_UP.eq(FollowUp.PENDING.name()))
                .and(INTERCEPTED_PERSON.VERSION.eq(requireVersion(version)))
                .execute();
        if (updated == 0) {
            throw new SigapException.Conflict("prevention.stale");
        }
        audit.updated(PreventionAccess.PERSON, personId, row.getRegionCode(), "follow_up");
    }

    @Transactional
    public long addRecruiter(SigapUser user, long id, RecruiterInput r) {
        InterceptionRecord row = writable(user, id);
        rules.check(r);
        long recruiterId = db.insertInto(RECRUITER)
                .set(RECRUITER.INTERCEPTION_ID, id)
                .set(RECRUITER.FULL_NAME, r.fullName().strip())
                .set(RECRUITER.ROLE, r.role())
                .set(RECRUITER.COMPANY, blankToNull(r.company()))
                .set(RECRUITER.CREATED_AT, OffsetDateTime.now(clock))
                .returning(RECRUITER.ID)
                .fetchSingle(RECRUITER.ID);
        if (blankToNull(r.phone()) != null) {
            db.update(RECRUITER)
                    .set(RECRUITER.PHONE_SEALED, sensitive.seal(r.phone().strip(), phoneContext(recruiterId)))
                    .where(RECRUITER.ID.eq(recruiterId))
                    .execute();
        }
        audit.created(PreventionAccess.PERSON, "recruiter:" + recruiterId, row.getRegionCode());
        return recruiterId;
    }

    @Transactional
    public void removeRecruiter(SigapUser user, long id, long recruiterId) {
        InterceptionRecord row = writable(user, id);
        int deleted = db.deleteFrom(RECRUITER)
                .where(RECRUITER.ID.eq(recruiterId))
                .and(RECRUITER.INTERCEPTION_ID.eq(id))
                .execute();
        if (deleted == 0) {
            throw new SigapException.NotFound("prevention.recruiter-not-found");
        }
        audit.deleted(PreventionAccess.PERSON, "recruiter:" + recruiterId, row.getRegionCode());
    }

    static String phoneContext(long recruiterId) {
        return "prevention.recruiter:" + recruiterId + ":phone";
    }

    /** The interception row if the user may record in its region; 404, or 403 audited. */
    InterceptionRecord writable(SigapUser user, long id) {
        InterceptionRecord row = db.selectFrom(INTERCEPTION)
                .where(INTERCEPTION.ID.eq(id))
                .fetchOptional()
                .orElseThrow(() -> new SigapException.NotFound("prevention.not-found"));
        access.requireRecord(user, row.getRegionCode(), id);
        return row;
    }

    static int requireVersion(Integer version) {
        if (version == null) {
            throw new SigapException.Invalid("version", "prevention.version-required");
        }
        return version;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
