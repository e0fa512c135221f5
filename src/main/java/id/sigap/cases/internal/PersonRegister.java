package id.sigap.cases.internal;

import static id.sigap.cases.internal.db.Tables.CASE_PERSON;
import static id.sigap.cases.internal.db.Tables.PERSON;
import static id.sigap.cases.internal.db.Tables.PERSON_IDENTIFIER;

import id.sigap.cases.PersonRole;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
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
    private final IdentifierCrypto crypto;
    private final AuditTrail audit;
    private final Clock clock;

    PersonRegister(
            DSLContext db,
            CaseRegister cases,
            CaseAccess access,
            PersonRules rules,
            PersonSearch search,
            IdentifierCrypto crypto,
            AuditTrail audit,
            Clock clock) {
        this.db = db;
        this.cases = cases;
        this.access = access;
        this.rules = rules;
        this.search = search;
        this.crypto = crypto;
        this.audit = audit;
        this.clock = clock;
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
        identifier(id, Kind.NIK, p.nik());
        identifier(id, Kind.PASSPORT, p.passport());
        identifier(id, Kind.PHONE, p.phone());
        identifier(id, Kind.ADDRESS, p.address());
        db.insertInto(CASE_PERSON)
                .set(CASE_PERSON.CASE_ID, caseId)
                .set(CASE_PERSON.PERSON_ID, id)
                .set(CASE_PERSON.ROLE, role.name())
                .set(CASE_PERSON.ROLE_IN_PROCESS, roleInProcess == null ? null : roleInProcess.name())
                .set(
                        CASE_PERSON.CHILD,
                        isChild(p.birthDate(), p.estimatedAge(), c.openedAt().toLocalDate(), now))
                .set(CASE_PERSON.ADDED_AT, now)
                .execute();
        audit.created(CaseAccess.PERSON, id, region);
        audit.updated(CaseAccess.CASE, caseId, c.regionCode(), "person:" + role.name());
        return id;
    }

    /** The persons of a case with roles; identifiers clear only for those allowed. Each person view is audited. */
    public List<CasePerson> inCase(SigapUser user, CaseRow c) {
        boolean clear = access.maySeeIdentifiers(user, c.regionCode());
        var links = db.select(PERSON.fields())
                .select(CASE_PERSON.ROLE, CASE_PERSON.ROLE_IN_PROCESS, CASE_PERSON.CHILD)
                .from(CASE_PERSON)
                .join(PERSON)
                .on(PERSON.ID.eq(CASE_PERSON.PERSON_ID))
                .where(CASE_PERSON.CASE_ID.eq(c.id()))
                .orderBy(CASE_PERSON.ROLE, PERSON.FULL_NAME)
                .fetch();
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
                            identities(p.id(), clear));
                })
                .toList();
    }

    /** Fuzzy name search or exact NIK search within the user's scope; every person listed is audited as read. */
    public Page<PersonRow> find(SigapUser user, String q, String nik, PageRequest page) {
        access.requireSomeReader(user);
        var visible = PersonSearch.visibleIn(access.personScope(user));
        Page<PersonRow> found = nik != null && !nik.isBlank()
                ? search.byIdentifier(Kind.NIK, nik, visible, page)
                : search.byName(q, visible, page);
        found.content().forEach(p -> audit.read(CaseAccess.PERSON, p.id(), p.regionCode()));
        return found;
    }

    static boolean isChild(LocalDate birthDate, Integer estimatedAge, LocalDate caseDate, OffsetDateTime now) {
        if (birthDate != null) {
            return birthDate.plusYears(18).isAfter(caseDate);
        }
        return estimatedAge != null && estimatedAge < 18;
    }

    private CasePerson.Identities identities(long personId, boolean clear) {
        Map<Kind, String> values = new EnumMap<>(Kind.class);
        db.selectFrom(PERSON_IDENTIFIER)
                .where(PERSON_IDENTIFIER.PERSON_ID.eq(personId))
                .forEach(r -> {
                    Kind kind = Kind.valueOf(r.getKind());
                    String value = crypto.decrypt(r.getCiphertext(), context(personId, kind));
                    values.put(kind, clear ? value : Identifiers.mask(value, kind == Kind.ADDRESS ? 0 : 4));
                });
        return new CasePerson.Identities(
                values.get(Kind.NIK), values.get(Kind.PASSPORT), values.get(Kind.PHONE), values.get(Kind.ADDRESS));
    }

    private void identifier(long personId, Kind kind, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String stored = kind == Kind.ADDRESS ? value.strip() : Identifiers.normalise(kind, value);
        db.insertInto(PERSON_IDENTIFIER)
                .set(PERSON_IDENTIFIER.PERSON_ID, personId)
                .set(PERSON_IDENTIFIER.KIND, kind.name())
                .set(PERSON_IDENTIFIER.CIPHERTEXT, crypto.encrypt(stored, context(personId, kind)))
                .set(
                        PERSON_IDENTIFIER.BLIND_INDEX,
                        kind == Kind.ADDRESS
                                ? null
                                : crypto.blindIndex(kind.name(), Identifiers.normalise(kind, value)))
                .execute();
    }

    private static String context(long personId, Kind kind) {
        return "person:" + personId + ":" + kind.name();
    }
}
