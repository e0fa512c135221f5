package id.sigap.cases.internal;

import static id.sigap.cases.internal.db.Tables.CASE_FILE;
import static id.sigap.cases.internal.db.Tables.CASE_PERSON;
import static id.sigap.cases.internal.db.Tables.PERSON;

import id.sigap.cases.PersonSaved;
import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Changes of a registered person: optimistic locking, identifiers, the child flag in every linked case. */
@Component
class PersonChanges {

    private final DSLContext db;
    private final CaseAccess access;
    private final PersonRules rules;
    private final PersonIdentifiers identifiers;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PersonChanges(
            DSLContext db,
            CaseAccess access,
            PersonRules rules,
            PersonIdentifiers identifiers,
            AuditTrail audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.db = db;
        this.access = access;
        this.rules = rules;
        this.identifiers = identifiers;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Changes a person if {@code version} is current (else 409). Identifiers are replaced by the given ones when the
     * user may see them clear; for others (who only ever saw them masked) they stay as they are.
     */
    @Transactional
    PersonRow update(SigapUser user, PersonRow current, int version, PersonInput p) {
        long personId = current.id();
        access.requireWrite(user, current.regionCode(), CaseAccess.PERSON, personId);
        rules.check(p);
        int updated = db.update(PERSON)
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
                .set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .set(PERSON.UPDATED_AT, OffsetDateTime.now(clock))
                .where(PERSON.ID.eq(personId).and(PERSON.VERSION.eq(version)))
                .execute();
        if (updated != 1) {
            throw new SigapException.Conflict("person.version-conflict");
        }
        if (access.maySeeIdentifiers(user, current.regionCode())) {
            identifiers.replace(personId, p);
        }
        db.select(CASE_PERSON.CASE_ID, CASE_FILE.OPENED_AT)
                .from(CASE_PERSON)
                .join(CASE_FILE)
                .on(CASE_FILE.ID.eq(CASE_PERSON.CASE_ID))
                .where(CASE_PERSON.PERSON_ID.eq(personId))
                .forEach(r -> db.update(CASE_PERSON)
                        .set(
                                CASE_PERSON.CHILD,
                                PersonRegister.isChild(
                                        p.birthDate(),
                                        p.estimatedAge(),
                                        r.value2().toLocalDate()))
                        .where(CASE_PERSON.PERSON_ID.eq(personId).and(CASE_PERSON.CASE_ID.eq(r.value1())))
                        .execute());
        audit.updated(CaseAccess.PERSON, personId, current.regionCode(), "details,identifiers");
        events.publishEvent(new PersonSaved(personId));
        return db.selectFrom(PERSON).where(PERSON.ID.eq(personId)).fetchSingle(PersonRow::of);
    }
}
