package id.sigap.cases.internal;

import static id.sigap.cases.internal.db.Tables.CASE_PERSON;
import static id.sigap.cases.internal.db.Tables.PERSON;
import static id.sigap.cases.internal.db.Tables.VICTIM_RECRUITMENT;

import id.sigap.cases.PersonRole;
import id.sigap.cases.PersonSaved;
import id.sigap.cases.RoleInProcess;
import id.sigap.cases.internal.Identifiers.Kind;
import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Persons in cases: registration with encrypted identifiers, reading (masked unless allowed), search; audited. */
@Service
public class PersonRegister {

    private final DSLContext db;
    private final CaseRegister cases;
    private final CaseAccess access;
    private final PersonRules rules;
    private final PersonSearch search;
    private final PersonIdentifiers identifiers;
    private final PersonChanges changes;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PersonRegister(
            DSLContext db,
            CaseRegister cases,
            CaseAccess access,
            PersonRules rules,
            PersonSearch search,
            PersonIdentifiers identifiers,
            PersonChanges changes,
            AuditTrail audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.db = db;
        this.cases = cases;
        this.access = access;
        this.rules = rules;
        this.search = search;
        this.identifiers = identifiers;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** Registers a new person (for the user's agency) and adds them to the case in {@code role}. */
    @Transactional
    public long addToCase(SigapUser user, long caseId, PersonInput p, PersonRole role, RoleInProcess roleInProcess) {
        CaseRow c = cases.find(caseId);
        access.requireWrite(user, c.regionCode(), CaseAccess.CASE, caseId);
        if (role == null) {
            throw new SigapException.Invalid("role", "person.role-required");
        }
        if (roleInProcess != null && role != PersonRole.SUSPECT) {
            throw new SigapException.Invalid("roleInProcess", "person.role-in-process-suspects-only");
        }
        rules.check(p);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String region = p.regionCode() == null ? c.regionCode() : p.regionCode();
        long id = db.insertInto(PERSON)
                .set(PERSON.REGISTERING_AGENCY_ID, user.agencyId())
                .set(PERSON.REGION_CODE, region)
                .set(PERSON.FULL_NAME, p.fullName().strip())
                .set(PERSON.ALIASES, p.aliases())
                .set(PERSON.NAME_KEY, NameKey.of(p.fullName()))
                .set(PERSON.ALIAS_KEY, p.aliases() == null ? null : NameKey.of(p.aliases()))
                .set(PERSON.SEX, p.sex())
                .set(PERSON.BIRTH_DATE, p.birthDate())
                .set(
                        PERSON.ESTIMATED_AGE,
                        p.estimatedAge() == null ? null : p.estimatedAge().shortValue())
                .set(PERSON.NATIONALITY, p.nationality())
                .set(PERSON.EDUCATION, p.education())
                .set(PERSON.OCCUPATION, p.occupation())
                .set(PERSON.DISABILITY, p.disability())
                .set(PERSON.CREATED_AT, now)
                .set(PERSON.UPDATED_AT, now)
                .returning(PERSON.ID)
                .fetchSingle(PERSON.ID);
        identifiers.store(id, p);
        db.insertInto(CASE_PERSON)
                .set(CASE_PERSON.CASE_ID, caseId)
                .set(CASE_PERSON.PERSON_ID, id)
                .set(CASE_PERSON.ROLE, role.name())
                .set(CASE_PERSON.ROLE_IN_PROCESS, roleInProcess == null ? null : roleInProcess.name())
                .set(
                        CASE_PERSON.CHILD,
                        isChild(p.birthDate(), p.estimatedAge(), c.openedAt().toLocalDate()))
                .set(CASE_PERSON.ADDED_AT, now)
                .execute();
        audit.created(CaseAccess.PERSON, id, region);
        audit.updated(CaseAccess.CASE, caseId, c.regionCode(), "person:" + role.name());
        events.publishEvent(new PersonSaved(id));
        return id;
    }

    /** A person with identifiers (clear only for those allowed); refused outside the user's reach; audited. */
    public PersonDetail read(SigapUser user, long personId) {
        PersonRow p = find(personId);
        requireVisible(user, p);
        audit.read(CaseAccess.PERSON, personId, p.regionCode());
        return new PersonDetail(p, identifiers.of(personId, access.maySeeIdentifiers(user, p.regionCode())));
    }

    /**
     * Changes a person if {@code version} is current (else 409). Identifiers are replaced by the given ones when the
     * user may see them clear; for others (who only ever saw them masked) they stay as they are.
     */
    @Transactional
    public PersonRow update(SigapUser user, long personId, int version, PersonInput p) {
        return changes.update(user, find(personId), version, p);
    }

    public PersonRow find(long personId) {
        return db.selectFrom(PERSON)
                .where(PERSON.ID.eq(personId))
                .fetchOptional(PersonRow::of)
                .orElseThrow(() -> new SigapException.NotFound("person.not-found"));
    }

    private void requireVisible(SigapUser user, PersonRow p) {
        access.requireSomeReader(user);
        if (!search.visible(p.id(), access.personScope(user))) {
            access.refuse(user, p.regionCode(), CaseAccess.PERSON, p.id());
        }
    }

    /** The persons of a case with roles; identifiers clear only for those allowed. Each person view is audited. */
    public List<CasePerson> inCase(SigapUser user, CaseRow c) {
        boolean clear = access.maySeeIdentifiers(user, c.regionCode());
        var links = db.select(PERSON.fields())
                .select(CASE_PERSON.ROLE, CASE_PERSON.ROLE_IN_PROCESS, CASE_PERSON.CHILD, VICTIM_RECRUITMENT.CHANNEL)
                .from(CASE_PERSON)
                .join(PERSON)
                .on(PERSON.ID.eq(CASE_PERSON.PERSON_ID))
                .leftJoin(VICTIM_RECRUITMENT)
                .on(VICTIM_RECRUITMENT
                        .CASE_ID
                        .eq(CASE_PERSON.CASE_ID)
                        .and(VICTIM_RECRUITMENT.PERSON_ID.eq(CASE_PERSON.PERSON_ID))
                        .and(VICTIM_RECRUITMENT.ROLE.eq(CASE_PERSON.ROLE)))
                .where(CASE_PERSON.CASE_ID.eq(c.id()))
                .orderBy(CASE_PERSON.ROLE, PERSON.FULL_NAME)
                .fetch();
        var identities = identifiers.of(links.map(r -> r.get(PERSON.ID)), clear);
        return links.stream()
                .map(r -> {
                    PersonRow p = PersonRow.of(r.into(PERSON));
                    audit.read(CaseAccess.PERSON, p.id(), p.regionCode());
                    String rip = r.get(CASE_PERSON.ROLE_IN_PROCESS);
                    return new CasePerson(
                            p,
                            PersonRole.valueOf(r.get(CASE_PERSON.ROLE)),
                            rip == null ? null : RoleInProcess.valueOf(rip),
                            r.get(CASE_PERSON.CHILD),
                            identities.get(p.id()),
                            r.get(VICTIM_RECRUITMENT.CHANNEL));
                })
                .toList();
    }

    /** What to look a person up by: an exact identifier when one is given, else the name (fuzzy). */
    public record Lookup(String name, String nik, String passport, String phone) {}

    /** Exact identifier or fuzzy name search within the user's scope; every person listed is audited as read. */
    public Page<PersonRow> find(SigapUser user, Lookup by, PageRequest page) {
        access.requireSomeReader(user);
        var visible = access.personScope(user);
        Page<PersonRow> found;
        if (present(by.nik())) {
            found = search.byIdentifier(Kind.NIK, by.nik(), visible, page);
        } else if (present(by.passport())) {
            found = search.byIdentifier(Kind.PASSPORT, by.passport(), visible, page);
        } else if (present(by.phone())) {
            found = search.byIdentifier(Kind.PHONE, by.phone(), visible, page);
        } else {
            found = search.byName(by.name(), visible, page);
        }
        found.content().forEach(p -> audit.read(CaseAccess.PERSON, p.id(), p.regionCode()));
        return found;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    static boolean isChild(LocalDate birthDate, Integer estimatedAge, LocalDate caseDate) {
        if (birthDate != null) {
            return birthDate.plusYears(18).isAfter(caseDate);
        }
        return estimatedAge != null && estimatedAge < 18;
    }
}
